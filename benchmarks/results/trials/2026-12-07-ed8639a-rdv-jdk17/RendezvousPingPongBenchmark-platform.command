flock /tmp/bench.lock /usr/bin/java -jar /tmp/memrdv-vspin.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\|kotlinRendezvousChannel\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-ed8639a-rdv-jdk17/RendezvousPingPongBenchmark-platform.json
commit: ed8639a (jar built from it)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 5.10 4.57 4.26 (03:35) before, 1.82 3.13 3.70 (03:44) after; 2 shared vCPUs, other helpers building and testing
