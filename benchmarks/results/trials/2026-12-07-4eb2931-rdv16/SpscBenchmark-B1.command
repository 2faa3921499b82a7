flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-B1.json 
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load before 1.86 2.54 2.79 (15:22:43), after 2.03 2.39 2.71 (15:24:35)
