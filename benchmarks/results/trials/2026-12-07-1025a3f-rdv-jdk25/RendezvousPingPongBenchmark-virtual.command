flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/memrdv-adapt.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\|kotlinRendezvousChannel\)\$ -p threads=virtual -f 3 -wi 2 -w 1s -i 3 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-1025a3f-rdv-jdk25/RendezvousPingPongBenchmark-virtual.json
commit: 1025a3f (jar built from it)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.36 3.87 3.85 (03:54) before, 1.96 2.78 3.38 (04:01) after; 2 shared vCPUs, other helpers building and testing
