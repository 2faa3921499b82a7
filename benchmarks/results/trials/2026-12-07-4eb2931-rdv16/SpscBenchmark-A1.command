flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-a1a2312.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-A1.json 
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load before 1.46 2.73 2.88 (15:21:14), after 1.86 2.54 2.79 (15:22:43)
