flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/memrdv-vspin.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-ed8639a-rdv-jdk25/RendezvousPingPongBenchmark-virtual-2.json
commit: ed8639a (jar built from it)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 5.64 3.32 3.20 (04:09) before, 5.97 3.83 3.38 (04:10) after; 2 shared vCPUs, other helpers building and testing
