flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/memrdv-base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\|kotlinRendezvousChannel\)\$ -p threads=virtual -f 3 -wi 2 -w 1s -i 3 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-07228a0-rdv-jdk25/RendezvousPingPongBenchmark-virtual-2.json
commit: 07228a0 (jar built from it)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.96 2.78 3.38 (04:01) before, 2.35 2.61 3.26 (04:02) after; 2 shared vCPUs, other helpers building and testing
