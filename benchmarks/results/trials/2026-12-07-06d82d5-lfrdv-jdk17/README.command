flock /tmp/bench.lock java -jar /tmp/lfrdv-jars/base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk17/Rendezvous-platform-1-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15): 4.21 5.69 4.82 (06:21) before, 6.17 5.68 5.01 (06:26) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock java -jar /tmp/lfrdv-jars/new.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk17/Rendezvous-platform-1-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15): 6.17 5.68 5.01 (06:26) before, 6.45 6.23 5.36 (06:29) after; 2 shared vCPUs, other helpers building/testing

