# mpmc15 trials (issue 14): profile of MPMC 2x2 / SPSC on platform threads, spread slots

Jars: A = /tmp/bench-A-c0fb036.jar (main c0fb036); S = c0fb036 + S-spread-slots.patch (commit da70715);
SY = S + Y-ring-spins-48.patch (RING_SPINS 48 instead of 128; not committed); probe = c0fb036 + probe.patch + Probe.java (scratch counters).
Built with: mvn -B -q -o -pl benchmarks -am package -DskipTests
JDK 17: openjdk version "17.0.15" 2025-04-15
JDK 25: openjdk version "25.0.3" 2026-04-21 LTS
Machine: 2 vCPUs shared with two other helpers (builds, tests, benchmarks under the same flock); loads per run below.
My own test builds (nice 19) ran at: planted-bug run ~11:57:40-12:06:35 (during 1154-S-jdk17-spsc, 1159-A-jdk17-spsc and the start of 1159-A-jdk17-mpmc), JDK 17 test set 12:06:49-12:10:02 (during 1159-A-jdk17-mpmc), JDK 25 test set 12:11-12:15 (during 1209-S-jdk17-mpmc). Runs may wait for the flock: the start time is when the run was queued.

Profiling commands:
  probe-17.txt: java -jar /tmp/bench-mpmc15-probe.jar 'MpmcBenchmark.memoryObjectStream$' -f 1 -wi 1 -w 1s -i 3 -r 1s -p threads=platform -p sides=2 -jvmArgs -Dstreams.memory.probe=true
                then the same for 'SpscBenchmark.memoryObjectStream$' -p threads=platform (JDK 17, load 8.2 -> 7.8)
  stack-mpmc-2x2-jdk17.txt: java -jar /tmp/bench-A-c0fb036.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 1 -wi 1 -w 1s -i 3 -r 1s -p threads=platform -p sides=2 -prof stack:lines=3 -prof gc (JDK 17)

## Runs (start/end, load average 1/5/15 min, exact command)
1151-A-jdk17-spsc start 11:51:20 load 5.05 3.73 2.76
1151-A-jdk17-spsc end 11:51:53 load 4.66 3.78 2.81 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1151-A-jdk17-spsc.json
1151-S-jdk17-spsc start 11:51:53 load 4.66 3.78 2.81
1151-S-jdk17-spsc end 11:54:55 load 2.50 3.27 2.79 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1151-S-jdk17-spsc.json
1154-S-jdk17-spsc start 11:54:55 load 2.50 3.27 2.79
1154-S-jdk17-spsc end 11:59:04 load 5.78 3.95 3.13 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1154-S-jdk17-spsc.json
1159-A-jdk17-spsc start 11:59:04 load 5.78 3.95 3.13
1159-A-jdk17-spsc end 11:59:37 load 6.38 4.35 3.29 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1159-A-jdk17-spsc.json
1159-A-jdk17-mpmc start 11:59:37 load 6.38 4.35 3.29
1159-A-jdk17-mpmc end 12:09:56 load 6.10 6.96 5.34 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1159-A-jdk17-mpmc.json
1209-S-jdk17-mpmc start 12:09:56 load 6.10 6.96 5.34
1209-S-jdk17-mpmc end 12:17:18 load 3.57 5.61 5.45 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1209-S-jdk17-mpmc.json
1217-S-jdk17-mpmc start 12:17:18 load 3.57 5.61 5.45
1221-A-jdk17-uncontended start 12:21:03 load 2.49 3.83 4.75
1217-S-jdk17-mpmc end 12:21:26 load 3.37 3.94 4.77 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1217-S-jdk17-mpmc.json
1221-A-jdk17-mpmc start 12:21:26 load 3.37 3.94 4.77
1221-A-jdk17-uncontended end 12:25:27 load 2.01 2.69 4.05 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'UncontendedPairBenchmark.(memoryObjectStreamBlocking|memoryObjectStreamNowait|arrayBlockingQueuePutTake)$' -f 2 -wi 2 -w 1s -i 3 -r 1s -rf json -rff 1221-A-jdk17-uncontended.json
1225-S-jdk17-uncontended start 12:25:27 load 2.01 2.69 4.05
1221-A-jdk17-mpmc end 12:26:32 load 4.62 3.19 4.12 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1221-A-jdk17-mpmc.json
1226-SY-jdk17-mpmc start 12:26:36 load 4.62 3.19 4.12
1225-S-jdk17-uncontended end 12:30:39 load 4.51 4.13 4.31 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar 'UncontendedPairBenchmark.(memoryObjectStreamBlocking|memoryObjectStreamNowait|arrayBlockingQueuePutTake)$' -f 2 -wi 2 -w 1s -i 3 -r 1s -rf json -rff 1225-S-jdk17-uncontended.json
1226-SY-jdk17-mpmc end 12:31:43 load 6.40 4.72 4.50 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-SY.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1226-SY-jdk17-mpmc.json
1231-A-jdk25-mpmc start 12:31:44 load 6.40 4.72 4.50
1231-A-jdk25-mpmc end 12:33:03 load 5.88 4.89 4.58 cmd: flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1231-A-jdk25-mpmc.json
1233-S-jdk25-mpmc start 12:33:03 load 5.88 4.89 4.58
1233-S-jdk25-mpmc end 12:34:09 load 10.09 6.19 5.05 cmd: flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1233-S-jdk25-mpmc.json
1234-SY-jdk17-spsc start 12:34:09 load 10.09 6.19 5.05
1234-SY-jdk17-spsc end 12:34:41 load 8.75 6.28 5.11 cmd: flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc15-SY.jar 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1234-SY-jdk17-spsc.json
1234-S-jdk25-mpmc start 12:34:42 load 8.53 6.27 5.12
1234-S-jdk25-mpmc end 12:37:03 load 8.21 6.57 5.37 cmd: flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1234-S-jdk25-mpmc.json
1237-A-jdk25-mpmc start 12:37:03 load 8.21 6.57 5.37
1237-A-jdk25-mpmc end 12:42:39 load 3.43 4.04 4.59 cmd: flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1237-A-jdk25-mpmc.json
1242-A-jdk25-spsc start 12:42:39 load 3.43 4.04 4.59
1242-A-jdk25-spsc end 12:47:50 load 4.06 4.58 4.66 cmd: flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1242-A-jdk25-spsc.json
1247-S-jdk25-spsc start 12:47:50 load 4.06 4.58 4.66
1247-S-jdk25-spsc end 12:49:36 load 1.99 3.72 4.34 cmd: flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc15-S.jar 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff 1247-S-jdk25-spsc.json

## Per-fork means (items/us; uncontended: ns/op)
1151-A-jdk17-spsc.json           arrayBlockingQueue    - score   27.1 forks 28.2 24.2 28.9
1151-A-jdk17-spsc.json           memoryObjectStream    - score   33.6 forks 46.7 27.6 26.4
1151-S-jdk17-spsc.json           arrayBlockingQueue    - score   16.8 forks 16.6 16.7 17.1
1151-S-jdk17-spsc.json           memoryObjectStream    - score   26.6 forks 26.5 27.5 25.8
1154-S-jdk17-spsc.json           arrayBlockingQueue    - score   30.3 forks 32.6 29.0 29.2
1154-S-jdk17-spsc.json           memoryObjectStream    - score   22.6 forks 16.5 26.2 25.1
1159-A-jdk17-mpmc.json           arrayBlockingQueue    2 score   12.7 forks 11.0 11.7 15.4
1159-A-jdk17-mpmc.json           arrayBlockingQueue    4 score   10.8 forks 11.9 11.2 9.2
1159-A-jdk17-mpmc.json           memoryObjectStream    2 score   22.4 forks 22.6 21.4 23.2
1159-A-jdk17-mpmc.json           memoryObjectStream    4 score   23.3 forks 20.8 24.1 25.1
1159-A-jdk17-spsc.json           arrayBlockingQueue    - score   27.5 forks 28.1 26.5 27.9
1159-A-jdk17-spsc.json           memoryObjectStream    - score   19.4 forks 20.7 20.4 17.1
1209-S-jdk17-mpmc.json           arrayBlockingQueue    2 score   20.7 forks 19.6 21.3 21.2
1209-S-jdk17-mpmc.json           arrayBlockingQueue    4 score   15.5 forks 15.6 15.0 16.1
1209-S-jdk17-mpmc.json           memoryObjectStream    2 score   21.6 forks 21.1 20.6 23.2
1209-S-jdk17-mpmc.json           memoryObjectStream    4 score   26.6 forks 26.7 25.4 27.8
1217-S-jdk17-mpmc.json           arrayBlockingQueue    2 score   21.8 forks 22.1 22.1 21.2
1217-S-jdk17-mpmc.json           arrayBlockingQueue    4 score   15.8 forks 15.0 16.7 15.7
1217-S-jdk17-mpmc.json           memoryObjectStream    2 score   23.2 forks 25.5 22.5 21.7
1217-S-jdk17-mpmc.json           memoryObjectStream    4 score   28.8 forks 27.8 27.9 30.7
1221-A-jdk17-mpmc.json           arrayBlockingQueue    2 score   17.7 forks 19.1 16.9 17.1
1221-A-jdk17-mpmc.json           arrayBlockingQueue    4 score   17.9 forks 17.2 14.9 21.5
1221-A-jdk17-mpmc.json           memoryObjectStream    2 score   41.3 forks 42.0 44.5 37.6
1221-A-jdk17-mpmc.json           memoryObjectStream    4 score   40.6 forks 41.2 39.3 41.3
1221-A-jdk17-uncontended.json    arrayBlockingQueuePutTake  - score   21.4 forks 21.4 21.4
1221-A-jdk17-uncontended.json    memoryObjectStreamBlocking  - score   11.6 forks 11.6 11.6
1221-A-jdk17-uncontended.json    memoryObjectStreamNowait  - score   12.3 forks 12.3 12.4
1225-S-jdk17-uncontended.json    arrayBlockingQueuePutTake  - score   21.8 forks 21.7 21.9
1225-S-jdk17-uncontended.json    memoryObjectStreamBlocking  - score   12.5 forks 12.5 12.6
1225-S-jdk17-uncontended.json    memoryObjectStreamNowait  - score   16.0 forks 16.8 15.2
1226-SY-jdk17-mpmc.json          arrayBlockingQueue    2 score   19.7 forks 15.8 21.1 22.3
1226-SY-jdk17-mpmc.json          arrayBlockingQueue    4 score   22.4 forks 15.9 24.8 26.5
1226-SY-jdk17-mpmc.json          memoryObjectStream    2 score   42.4 forks 44.7 41.9 40.6
1226-SY-jdk17-mpmc.json          memoryObjectStream    4 score   25.3 forks 29.2 20.2 26.3
1231-A-jdk25-mpmc.json           arrayBlockingQueue    2 score   18.3 forks 20.4 14.4 20.1
1231-A-jdk25-mpmc.json           arrayBlockingQueue    4 score   10.8 forks 10.8 11.2 10.3
1231-A-jdk25-mpmc.json           memoryObjectStream    2 score   24.1 forks 25.6 22.9 23.8
1231-A-jdk25-mpmc.json           memoryObjectStream    4 score   36.4 forks 34.1 40.1 35.1
1233-S-jdk25-mpmc.json           arrayBlockingQueue    2 score   23.1 forks 24.6 21.9 22.7
1233-S-jdk25-mpmc.json           arrayBlockingQueue    4 score   22.9 forks 20.0 24.6 24.3
1233-S-jdk25-mpmc.json           memoryObjectStream    2 score   32.6 forks 35.6 27.3 34.8
1233-S-jdk25-mpmc.json           memoryObjectStream    4 score   37.7 forks 37.6 40.7 34.7
1234-S-jdk25-mpmc.json           arrayBlockingQueue    2 score   19.0 forks 16.6 15.5 24.8
1234-S-jdk25-mpmc.json           arrayBlockingQueue    4 score   19.7 forks 14.0 18.6 26.5
1234-S-jdk25-mpmc.json           memoryObjectStream    2 score   37.8 forks 35.8 38.5 39.2
1234-S-jdk25-mpmc.json           memoryObjectStream    4 score   33.2 forks 30.3 31.0 38.2
1234-SY-jdk17-spsc.json          arrayBlockingQueue    - score   28.9 forks 26.8 29.4 30.5
1234-SY-jdk17-spsc.json          memoryObjectStream    - score   25.9 forks 26.9 25.8 24.9
1237-A-jdk25-mpmc.json           arrayBlockingQueue    2 score   19.5 forks 17.9 21.6 18.9
1237-A-jdk25-mpmc.json           arrayBlockingQueue    4 score   15.6 forks 14.7 16.0 16.1
1237-A-jdk25-mpmc.json           memoryObjectStream    2 score   12.2 forks 7.5 10.3 18.9
1237-A-jdk25-mpmc.json           memoryObjectStream    4 score    8.7 forks 8.8 8.4 8.8
1242-A-jdk25-spsc.json           arrayBlockingQueue    - score   22.4 forks 22.0 22.5 22.5
1242-A-jdk25-spsc.json           memoryObjectStream    - score   31.7 forks 28.9 36.1 30.0
1247-S-jdk25-spsc.json           arrayBlockingQueue    - score   21.3 forks 20.7 21.8 21.5
1247-S-jdk25-spsc.json           memoryObjectStream    - score   29.4 forks 29.6 28.8 29.9
