flock /tmp/bench.lock /usr/bin/java -jar /tmp/memrdv-base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\|kotlinRendezvousChannel\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-07228a0-rdv-jdk17/RendezvousPingPongBenchmark-platform.json
commit: 07228a0 (jar built from it)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 4.47 5.08 4.35 (03:28) before, 5.10 4.57 4.26 (03:35) after; 2 shared vCPUs, other helpers building and testing
