# Quiet A/B by the lead, nothing else running. Jars: A = c0fb036 (main's memory code), D = rdv15's D.patch (fence removal on the link path), S = mpmc15's da70715 (spread slots).
## rdv-virtual-jdk25-A1
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=virtual -f 6 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/rdv-virtual-jdk25-A1.json
load before 2.10 2.08 2.78 (13:04:57), after 2.12 2.15 2.70 (13:07:26)
## rdv-virtual-jdk25-D2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-D.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=virtual -f 6 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/rdv-virtual-jdk25-D2.json
load before 2.12 2.15 2.70 (13:07:26), after 2.32 2.24 2.66 (13:09:55)
## rdv-virtual-jdk25-D3
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-D.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=virtual -f 6 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/rdv-virtual-jdk25-D3.json
load before 2.32 2.24 2.66 (13:09:55), after 1.92 2.14 2.56 (13:12:24)
## rdv-virtual-jdk25-A4
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$ -p threads=virtual -f 6 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/rdv-virtual-jdk25-A4.json
load before 1.92 2.14 2.56 (13:12:24), after 1.92 2.06 2.46 (13:14:52)
## mpmc-jdk25-A5
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/mpmc-jdk25-A5.json
load before 1.92 2.06 2.46 (13:14:52), after 3.01 2.27 2.50 (13:15:55)
## mpmc-jdk25-S6
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/mpmc-jdk25-S6.json
load before 3.01 2.27 2.50 (13:15:55), after 2.71 2.29 2.49 (13:16:58)
## mpmc-jdk25-S7
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/mpmc-jdk25-S7.json
load before 2.71 2.29 2.49 (13:16:58), after 2.88 2.39 2.51 (13:18:00)
## mpmc-jdk25-A8
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/mpmc-jdk25-A8.json
load before 2.88 2.39 2.51 (13:18:00), after 3.69 2.68 2.60 (13:19:03)
## mpmc-jdk17-A9
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/mpmc-jdk17-A9.json
load before 3.69 2.68 2.60 (13:19:03), after 4.03 2.90 2.68 (13:20:06)
## mpmc-jdk17-S10
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/mpmc-jdk17-S10.json
load before 4.03 2.90 2.68 (13:20:06), after 3.69 2.96 2.71 (13:21:09)
## mpmc-jdk17-S11
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/mpmc-jdk17-S11.json
load before 3.69 2.96 2.71 (13:21:09), after 4.03 3.12 2.78 (13:22:11)
## mpmc-jdk17-A12
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/mpmc-jdk17-A12.json
load before 4.03 3.12 2.78 (13:22:11), after 3.70 3.14 2.81 (13:23:14)
## spsc-jdk17-A13
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/spsc-jdk17-A13.json
load before 3.70 3.14 2.81 (13:23:14), after 2.87 3.00 2.77 (13:23:45)
## spsc-jdk17-S14
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/spsc-jdk17-S14.json
load before 2.87 3.00 2.77 (13:23:45), after 2.47 2.89 2.74 (13:24:17)
## unc-jdk17-A15
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar UncontendedPairBenchmark.(memoryObjectStreamBlocking|memoryObjectStreamNowait|arrayBlockingQueuePutTake)$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/unc-jdk17-A15.json
load before 2.47 2.89 2.74 (13:24:17), after 1.64 2.59 2.65 (13:25:07)
## unc-jdk17-S16
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar UncontendedPairBenchmark.(memoryObjectStreamBlocking|memoryObjectStreamNowait|arrayBlockingQueuePutTake)$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-d7a40c9-quiet-ab/unc-jdk17-S16.json
load before 1.64 2.59 2.65 (13:25:07), after 1.28 2.35 2.56 (13:25:56)
done
