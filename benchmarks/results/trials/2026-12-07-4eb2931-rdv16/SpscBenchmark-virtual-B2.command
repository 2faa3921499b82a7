flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-virtual-B2.json 
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load before 2.07 2.14 2.52 (15:29:04), after 2.41 2.23 2.52 (15:30:17)
