flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-virtual-B4.json 
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load before 2.51 4.09 3.43 (15:37:55), after 2.29 3.68 3.33 (15:39:10)
