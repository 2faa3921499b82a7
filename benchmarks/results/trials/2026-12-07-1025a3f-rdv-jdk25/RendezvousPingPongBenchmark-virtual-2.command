flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/memrdv-adapt.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-1025a3f-rdv-jdk25/RendezvousPingPongBenchmark-virtual-2.json
commit: 1025a3f (jar built from it)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.63 2.29 3.04 (04:05) before, 4.42 2.78 3.03 (04:08) after; 2 shared vCPUs, other helpers building and testing
