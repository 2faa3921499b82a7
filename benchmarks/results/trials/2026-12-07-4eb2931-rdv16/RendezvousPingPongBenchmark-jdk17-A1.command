flock /tmp/bench.lock java -jar /tmp/bench-A-a1a2312.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=platform -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-jdk17-A1.json 
jdk: openjdk version "17.0.15" 2025-04-15
load before 2.03 2.39 2.71 (15:24:36), after 1.56 2.19 2.61 (15:26:13)
