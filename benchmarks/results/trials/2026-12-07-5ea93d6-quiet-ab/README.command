# Quiet A/B (lead), nothing else running; jars: A fe3e3fd, B2 7b3fadf, R c591903, H 5ea93d6 (see /work/ab6.sh copy below)
## rdv-jdk25-A
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/rdv14-bench-fe3e3fd.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=platform,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/rdv-jdk25-A.json
load before 1.96 2.22 4.81 (09:57:16), after 1.44 1.87 4.29 (09:59:45)
## rdv-jdk25-B2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/rdv14-bench-7b3fadf.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=platform,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/rdv-jdk25-B2.json
load before 1.44 1.87 4.29 (09:59:45), after 1.24 1.70 3.87 (10:02:14)
## rdv-jdk25-H
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-H-5ea93d6.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=platform,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/rdv-jdk25-H.json
load before 1.24 1.70 3.87 (10:02:14), after 1.37 1.52 3.47 (10:04:43)
# Part 2 after a set -u slip in part 1 (/work/ab7.sh): A fe3e3fd, B2 7b3fadf, H2 85009d2 (B3 reverted), V = H2 + virtual spins that never yield (experiment, SpinPolicy.yields: remaining > 0 && remaining <= YIELDS)
## rdv-virtual-jdk25-V1
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-V.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/rdv-virtual-jdk25-V1.json
load before 0.68 0.62 2.40 (10:10:43), after 1.75 0.99 2.39 (10:11:57)
## rdv-virtual-jdk25-H2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-H2-85009d2.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/rdv-virtual-jdk25-H2.json
load before 1.75 0.99 2.39 (10:11:57), after 1.99 1.24 2.36 (10:13:12)
## rdv-virtual-jdk25-V2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-V.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/rdv-virtual-jdk25-V2.json
load before 1.99 1.24 2.36 (10:13:12), after 2.07 1.45 2.35 (10:14:26)
## spsc-jdk17-A-1
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/rdv14-bench-fe3e3fd.jar SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/spsc-jdk17-A-1.json
load before 2.07 1.45 2.35 (10:14:26), after 1.75 1.43 2.31 (10:14:57)
## spsc-jdk17-B2-2
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/rdv14-bench-7b3fadf.jar SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/spsc-jdk17-B2-2.json
load before 1.75 1.43 2.31 (10:14:57), after 1.68 1.43 2.28 (10:15:29)
## spsc-jdk17-H2-3
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-H2-85009d2.jar SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/spsc-jdk17-H2-3.json
load before 1.68 1.43 2.28 (10:15:29), after 2.11 1.56 2.29 (10:16:00)
## spsc-jdk17-H2-4
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-H2-85009d2.jar SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/spsc-jdk17-H2-4.json
load before 2.11 1.56 2.29 (10:16:00), after 1.96 1.58 2.27 (10:16:32)
## spsc-jdk17-B2-5
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/rdv14-bench-7b3fadf.jar SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/spsc-jdk17-B2-5.json
load before 1.96 1.58 2.27 (10:16:32), after 1.87 1.59 2.25 (10:17:03)
## spsc-jdk17-A-6
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/rdv14-bench-fe3e3fd.jar SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/spsc-jdk17-A-6.json
load before 1.87 1.59 2.25 (10:17:03), after 1.80 1.59 2.23 (10:17:34)
## mpmc-jdk17-A
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/rdv14-bench-fe3e3fd.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/mpmc-jdk17-A.json
load before 1.80 1.59 2.23 (10:17:34), after 2.96 1.94 2.31 (10:18:37)
## mpmc-jdk17-B2
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/rdv14-bench-7b3fadf.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/mpmc-jdk17-B2.json
load before 2.96 1.94 2.31 (10:18:37), after 3.30 2.16 2.36 (10:19:40)
## mpmc-jdk17-H2
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-H2-85009d2.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/mpmc-jdk17-H2.json
load before 3.30 2.16 2.36 (10:19:40), after 3.86 2.46 2.44 (10:20:42)
## mpmc-jdk25-H2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-H2-85009d2.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/mpmc-jdk25-H2.json
load before 3.86 2.46 2.44 (10:20:42), after 3.81 2.65 2.50 (10:21:45)
## mpmc-jdk25-B2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/rdv14-bench-7b3fadf.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/mpmc-jdk25-B2.json
load before 3.81 2.65 2.50 (10:21:45), after 3.29 2.67 2.52 (10:22:48)
## mpmc-jdk25-A
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/rdv14-bench-fe3e3fd.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-5ea93d6-quiet-ab/mpmc-jdk25-A.json
load before 3.29 2.67 2.52 (10:22:48), after 3.30 2.74 2.55 (10:23:50)
done
