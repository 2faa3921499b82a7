flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/memrdv-vspin.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\|linkedTransferQueue\)\$ -p threads=virtual -f 3 -wi 2 -w 1s -i 3 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-ed8639a-rdv-jdk25/SpscBenchmark-virtual.json
commit: ed8639a (jar built from it)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 5.09 3.97 3.85 (03:48) before, 3.36 3.87 3.85 (03:54) after; 2 shared vCPUs, other helpers building and testing
