# mpmc14 trials (issue 14), JDK 25 platform threads; A = main fe3e3fd, B = fe41b40 (ring spins watch the slot)
# order A B (SPSC), A B (MPMC 2x2), then B A (MPMC 2x2, -r2, load 0.3-2.4); my full streams-core test build (nice 19) ran during spsc-B
# per-fork means (items/us):
#   mpmc-B-r2                    arrayBlockingQueue   2,platform   score  21.5  forks 21.8 21.3 21.3
#   mpmc-B-r2                    memoryObjectStream   2,platform   score  10.2  forks 9.4 9.6 11.7
#   mpmc-A-r2                    arrayBlockingQueue   2,platform   score  19.8  forks 18.2 22.2 18.8
#   mpmc-A-r2                    memoryObjectStream   2,platform   score   9.2  forks 4.4 4.4 18.8
#   spsc-A                       arrayBlockingQueue   platform     score  29.0  forks 27.5 29.0 30.4
#   spsc-A                       memoryObjectStream   platform     score  35.2  forks 43.6 40.9 21.2
#   spsc-B                       arrayBlockingQueue   platform     score  18.2  forks 15.4 21.2 18.0
#   spsc-B                       memoryObjectStream   platform     score  19.3  forks 16.0 27.8 14.0
#   mpmc-A                       arrayBlockingQueue   2,platform   score  21.3  forks 21.0 21.3 21.6
#   mpmc-A                       memoryObjectStream   2,platform   score  19.6  forks 19.6 20.6 18.5
#   mpmc-B                       arrayBlockingQueue   2,platform   score  24.0  forks 25.1 20.1 26.8
#   mpmc-B                       memoryObjectStream   2,platform   score  13.0  forks 20.7 11.0 7.3
## spsc-A
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/spsc-A.json 
load before 7.97 7.72 6.54 (09:33:22), after 15.02 11.97 8.57 (09:37:52)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 28.364 
# Fork: 1 of 3 Iteration   2: 29.695 
# Fork: 1 of 3 Iteration   3: 24.365 
# Fork: 2 of 3 Iteration   1: 27.867 
# Fork: 2 of 3 Iteration   2: 29.215 
# Fork: 2 of 3 Iteration   3: 29.955 
# Fork: 3 of 3 Iteration   1: 30.284 
# Fork: 3 of 3 Iteration   2: 29.024 
# Fork: 3 of 3 Iteration   3: 31.787 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 44.858 
# Fork: 1 of 3 Iteration   2: 42.352 
# Fork: 1 of 3 Iteration   3: 43.445 
# Fork: 2 of 3 Iteration   1: 31.159 
# Fork: 2 of 3 Iteration   2: 42.836 
# Fork: 2 of 3 Iteration   3: 48.571 
# Fork: 3 of 3 Iteration   1: 12.114 
# Fork: 3 of 3 Iteration   2: 31.566 
# Fork: 3 of 3 Iteration   3: 19.838 
Benchmark                         (threads)   Mode  Cnt   Score    Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  28.951 ±  3.464  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9  35.193 ± 20.989  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/spsc-A.json
## spsc-B
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc-B.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/spsc-B.json 
load before 15.02 11.97 8.57 (09:37:52), after 6.80 10.54 9.18 (09:43:51)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 16.596 
# Fork: 1 of 3 Iteration   2: 12.867 
# Fork: 1 of 3 Iteration   3: 16.638 
# Fork: 2 of 3 Iteration   1: 21.913 
# Fork: 2 of 3 Iteration   2: 23.767 
# Fork: 2 of 3 Iteration   3: 17.860 
# Fork: 3 of 3 Iteration   1: 15.088 
# Fork: 3 of 3 Iteration   2: 19.747 
# Fork: 3 of 3 Iteration   3: 19.186 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 21.413 
# Fork: 1 of 3 Iteration   2: 8.529 
# Fork: 1 of 3 Iteration   3: 18.022 
# Fork: 2 of 3 Iteration   1: 24.464 
# Fork: 2 of 3 Iteration   2: 29.223 
# Fork: 2 of 3 Iteration   3: 29.578 
# Fork: 3 of 3 Iteration   1: 23.854 
# Fork: 3 of 3 Iteration   2: 9.130 
# Fork: 3 of 3 Iteration   3: 9.094 
Benchmark                         (threads)   Mode  Cnt   Score    Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  18.185 ±  5.680  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9  19.256 ± 14.323  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/spsc-B.json
## mpmc-A
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/mpmc-A.json 
load before 6.80 10.54 9.18 (09:43:51), after 2.11 5.01 7.15 (09:48:47)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 20.971 
# Fork: 1 of 3 Iteration   2: 20.929 
# Fork: 1 of 3 Iteration   3: 21.079 
# Fork: 2 of 3 Iteration   1: 21.745 
# Fork: 2 of 3 Iteration   2: 21.369 
# Fork: 2 of 3 Iteration   3: 20.638 
# Fork: 3 of 3 Iteration   1: 21.610 
# Fork: 3 of 3 Iteration   2: 21.595 
# Fork: 3 of 3 Iteration   3: 21.613 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 18.731 
# Fork: 1 of 3 Iteration   2: 21.199 
# Fork: 1 of 3 Iteration   3: 18.968 
# Fork: 2 of 3 Iteration   1: 19.628 
# Fork: 2 of 3 Iteration   2: 22.838 
# Fork: 2 of 3 Iteration   3: 19.361 
# Fork: 3 of 3 Iteration   1: 20.181 
# Fork: 3 of 3 Iteration   2: 16.704 
# Fork: 3 of 3 Iteration   3: 18.524 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score   Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  21.283 ± 0.655  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  19.571 ± 2.918  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/mpmc-A.json
## mpmc-B
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc-B.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/mpmc-B.json 
load before 2.11 5.01 7.15 (09:48:47), after 3.39 4.80 6.92 (09:49:53)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 18.603 
# Fork: 1 of 3 Iteration   2: 26.755 
# Fork: 1 of 3 Iteration   3: 29.901 
# Fork: 2 of 3 Iteration   1: 18.011 
# Fork: 2 of 3 Iteration   2: 18.327 
# Fork: 2 of 3 Iteration   3: 24.066 
# Fork: 3 of 3 Iteration   1: 31.928 
# Fork: 3 of 3 Iteration   2: 26.094 
# Fork: 3 of 3 Iteration   3: 22.241 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 22.043 
# Fork: 1 of 3 Iteration   2: 19.955 
# Fork: 1 of 3 Iteration   3: 19.983 
# Fork: 2 of 3 Iteration   1: 14.410 
# Fork: 2 of 3 Iteration   2: 9.220 
# Fork: 2 of 3 Iteration   3: 9.411 
# Fork: 3 of 3 Iteration   1: 7.305 
# Fork: 3 of 3 Iteration   2: 7.049 
# Fork: 3 of 3 Iteration   3: 7.545 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score    Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  23.992 ±  8.608  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  12.991 ± 10.387  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/mpmc-B.json
## mpmc-B-r2
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc-B.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/mpmc-B-r2.json 
load before 2.56 4.33 6.65 (09:50:43), after 2.59 3.97 6.36 (09:51:47)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 21.743 
# Fork: 1 of 3 Iteration   2: 21.979 
# Fork: 1 of 3 Iteration   3: 21.826 
# Fork: 2 of 3 Iteration   1: 21.629 
# Fork: 2 of 3 Iteration   2: 21.799 
# Fork: 2 of 3 Iteration   3: 20.469 
# Fork: 3 of 3 Iteration   1: 20.844 
# Fork: 3 of 3 Iteration   2: 21.585 
# Fork: 3 of 3 Iteration   3: 21.560 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 9.595 
# Fork: 1 of 3 Iteration   2: 9.542 
# Fork: 1 of 3 Iteration   3: 9.182 
# Fork: 2 of 3 Iteration   1: 9.818 
# Fork: 2 of 3 Iteration   2: 9.413 
# Fork: 2 of 3 Iteration   3: 9.483 
# Fork: 3 of 3 Iteration   1: 9.542 
# Fork: 3 of 3 Iteration   2: 17.080 
# Fork: 3 of 3 Iteration   3: 8.539 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score   Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  21.493 ± 0.841  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  10.244 ± 4.351  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/mpmc-B-r2.json
## mpmc-A-r2
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/mpmc-A-r2.json 
load before 2.59 3.97 6.36 (09:51:47), after 2.64 3.85 6.24 (09:52:18)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 20.606 
# Fork: 1 of 3 Iteration   2: 17.001 
# Fork: 1 of 3 Iteration   3: 17.010 
# Fork: 2 of 3 Iteration   1: 22.273 
# Fork: 2 of 3 Iteration   2: 22.171 
# Fork: 2 of 3 Iteration   3: 22.283 
# Fork: 3 of 3 Iteration   1: 21.348 
# Fork: 3 of 3 Iteration   2: 17.723 
# Fork: 3 of 3 Iteration   3: 17.477 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 4.294 
# Fork: 1 of 3 Iteration   2: 4.397 
# Fork: 1 of 3 Iteration   3: 4.582 
# Fork: 2 of 3 Iteration   1: 4.711 
# Fork: 2 of 3 Iteration   2: 4.307 
# Fork: 2 of 3 Iteration   3: 4.195 
# Fork: 3 of 3 Iteration   1: 19.244 
# Fork: 3 of 3 Iteration   2: 18.112 
# Fork: 3 of 3 Iteration   3: 18.997 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score    Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  19.766 ±  4.041  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9   9.204 ± 12.087  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk25/mpmc-A-r2.json
