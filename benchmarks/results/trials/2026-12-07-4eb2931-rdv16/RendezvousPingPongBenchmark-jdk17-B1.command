flock /tmp/bench.lock java -jar /tmp/bench-rdv16-B.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=platform -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-jdk17-B1.json 
jdk: openjdk version "17.0.15" 2025-04-15
load before 1.56 2.19 2.61 (15:26:13), after 1.43 2.05 2.52 (15:27:51)
