for j in base vpark base vpark; do flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/$j.jar 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue)$' -f 2 -wi 2 -w 1s -i 3 -r 1s -p threads=virtual -rf json -rff ...; done
(the same loop for 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' and, once per jar, 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$', all -p threads=virtual)
base.jar: main f3099c6 (waiters spin 128, the last 16 yielding, on every thread); vpark.jar: the same plus "a virtual thread parks at once in await()" (this branch's commit)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load: 2 shared vCPUs; one helper still building and benchmarking (load average 2.7-3.0), 01:15-01:23 UTC 2026-12-07; files numbered in run order, runs alternating
