flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-a1a2312.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-virtual-A3.json 
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load before 2.48 2.32 2.54 (15:31:30), after 2.42 2.36 2.53 (15:32:43)
