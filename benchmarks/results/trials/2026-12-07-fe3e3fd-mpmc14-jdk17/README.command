# mpmc14 trials (issue 14), JDK 17 platform threads unless named otherwise
# A = main fe3e3fd (/tmp/bench-mpmc-A.jar); B = fe41b40 (ring spins watch the slot); C = B + publication waits yield after 64 spins (85e26bf, reverted by 786d16b; C-publication-yield-64.patch)
# runs in order of the sections below, each via flock /tmp/bench.lock; "load before" is when the run queued for the lock (other helpers benchmarking and testing, my own test builds at nice 19 during spsc-A-normal-r1, -A-normal-r2, -B-normal-r2, mpmc-B-normal, -B/-C/-A-taskset0-apc2-r2)
# per-fork means (items/us):
#   spsc-A-normal                arrayBlockingQueue   platform     score  19.8  forks 17.6 15.0 26.8
#   spsc-A-normal                memoryObjectStream   platform     score  18.2  forks 14.6 25.9 14.2
#   spsc-A-taskset0-apc2         arrayBlockingQueue   platform     score  30.8  forks 27.7 34.3 30.5
#   spsc-A-taskset0-apc2         memoryObjectStream   platform     score  43.7  forks 44.4 40.5 46.2
#   spsc-A-taskset0              arrayBlockingQueue   platform     score  29.4  forks 29.0 27.9 31.2
#   spsc-A-taskset0              memoryObjectStream   platform     score  26.6  forks 25.1 23.1 31.7
#   mpmc-A-taskset0-apc2         arrayBlockingQueue   2,platform   score  26.9  forks 28.0 25.7 27.1
#   mpmc-A-taskset0-apc2         memoryObjectStream   2,platform   score   8.0  forks 16.5 4.6 3.0
#   spsc-A-normal-r1             arrayBlockingQueue   platform     score  22.4  forks 19.8 25.7 21.7
#   spsc-A-normal-r1             memoryObjectStream   platform     score   8.4  forks 2.5 8.7 13.9
#   spsc-B-normal-r1             arrayBlockingQueue   platform     score  18.4  forks 18.3 19.6 17.2
#   spsc-B-normal-r1             memoryObjectStream   platform     score  24.5  forks 22.7 27.0 23.7
#   spsc-A-normal-r2             arrayBlockingQueue   platform     score  21.5  forks 32.1 17.2 15.1
#   spsc-A-normal-r2             memoryObjectStream   platform     score  11.6  forks 18.0 6.6 10.3
#   spsc-B-normal-r2             arrayBlockingQueue   platform     score  29.6  forks 31.2 26.9 30.9
#   spsc-B-normal-r2             memoryObjectStream   platform     score  23.4  forks 29.5 22.7 17.9
#   mpmc-A-normal                arrayBlockingQueue   2,platform   score  26.6  forks 23.6 29.0 27.1
#   mpmc-A-normal                arrayBlockingQueue   4,platform   score  23.2  forks 23.9 21.3 24.3
#   mpmc-A-normal                memoryObjectStream   2,platform   score  40.8  forks 42.4 42.6 37.4
#   mpmc-A-normal                memoryObjectStream   4,platform   score  39.3  forks 37.2 42.7 38.1
#   mpmc-B-normal                arrayBlockingQueue   2,platform   score  17.1  forks 20.4 19.6 11.3
#   mpmc-B-normal                arrayBlockingQueue   4,platform   score  11.7  forks 10.2 14.1 10.8
#   mpmc-B-normal                memoryObjectStream   2,platform   score  22.5  forks 24.7 22.1 20.6
#   mpmc-B-normal                memoryObjectStream   4,platform   score  23.1  forks 22.8 23.9 22.8
#   mpmc-B-taskset0-apc2-r2      arrayBlockingQueue   2,platform   score  29.0  forks 29.7 28.5 28.7
#   mpmc-B-taskset0-apc2-r2      memoryObjectStream   2,platform   score  34.7  forks 33.7 36.4 34.1
#   mpmc-B-taskset0-apc2         arrayBlockingQueue   2,platform   score  24.8  forks 23.5 24.6 26.3
#   mpmc-B-taskset0-apc2         memoryObjectStream   2,platform   score  42.2  forks 42.4 40.3 44.0
#   mpmc-C-taskset0-apc2-r2      arrayBlockingQueue   2,platform   score  24.5  forks 24.4 23.7 25.4
#   mpmc-C-taskset0-apc2-r2      memoryObjectStream   2,platform   score  36.7  forks 39.4 36.1 34.5
#   mpmc-A-taskset0-apc2-r2      arrayBlockingQueue   2,platform   score  29.6  forks 28.3 30.4 30.0
#   mpmc-A-taskset0-apc2-r2      memoryObjectStream   2,platform   score  42.5  forks 41.2 43.5 42.9
# mpmc-A-taskset0-apc2-stack.txt: one fork, -prof stack:lines=3, that fork ran fast (40.9) so it shows no slow mode
## spsc-A-normal
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-normal.json 
load before 5.37 3.01 2.36 (08:52:46), after 4.77 3.54 2.62 (08:54:32)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 19.157 
# Fork: 1 of 3 Iteration   2: 14.957 
# Fork: 1 of 3 Iteration   3: 18.693 
# Fork: 2 of 3 Iteration   1: 18.755 
# Fork: 2 of 3 Iteration   2: 13.331 
# Fork: 2 of 3 Iteration   3: 12.903 
# Fork: 3 of 3 Iteration   1: 29.048 
# Fork: 3 of 3 Iteration   2: 28.752 
# Fork: 3 of 3 Iteration   3: 22.704 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 6.484 
# Fork: 1 of 3 Iteration   2: 6.092 
# Fork: 1 of 3 Iteration   3: 31.282 
# Fork: 2 of 3 Iteration   1: 17.155 
# Fork: 2 of 3 Iteration   2: 39.143 
# Fork: 2 of 3 Iteration   3: 21.289 
# Fork: 3 of 3 Iteration   1: 15.664 
# Fork: 3 of 3 Iteration   2: 10.844 
# Fork: 3 of 3 Iteration   3: 16.027 
Benchmark                         (threads)   Mode  Cnt   Score    Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  19.811 ± 10.112  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9  18.220 ± 18.499  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-normal.json
## spsc-A-taskset0-apc2
taskset -c 0 /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -jvmArgsAppend -XX:ActiveProcessorCount=2 -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-taskset0-apc2.json 
load before 4.77 3.54 2.62 (08:54:32), after 4.58 3.60 2.67 (08:55:04)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 27.737 
# Fork: 1 of 3 Iteration   2: 27.621 
# Fork: 1 of 3 Iteration   3: 27.865 
# Fork: 2 of 3 Iteration   1: 33.789 
# Fork: 2 of 3 Iteration   2: 34.183 
# Fork: 2 of 3 Iteration   3: 34.876 
# Fork: 3 of 3 Iteration   1: 30.951 
# Fork: 3 of 3 Iteration   2: 27.450 
# Fork: 3 of 3 Iteration   3: 33.062 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 44.138 
# Fork: 1 of 3 Iteration   2: 43.815 
# Fork: 1 of 3 Iteration   3: 45.310 
# Fork: 2 of 3 Iteration   1: 32.540 
# Fork: 2 of 3 Iteration   2: 42.751 
# Fork: 2 of 3 Iteration   3: 46.284 
# Fork: 3 of 3 Iteration   1: 46.453 
# Fork: 3 of 3 Iteration   2: 46.935 
# Fork: 3 of 3 Iteration   3: 45.074 
Benchmark                         (threads)   Mode  Cnt   Score   Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  30.837 ± 5.362  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9  43.700 ± 7.394  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-taskset0-apc2.json
## spsc-A-taskset0
taskset -c 0 /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-taskset0.json 
load before 4.58 3.60 2.67 (08:55:04), after 4.49 3.69 2.74 (08:55:37)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 28.153 
# Fork: 1 of 3 Iteration   2: 29.147 
# Fork: 1 of 3 Iteration   3: 29.704 
# Fork: 2 of 3 Iteration   1: 27.716 
# Fork: 2 of 3 Iteration   2: 27.591 
# Fork: 2 of 3 Iteration   3: 28.406 
# Fork: 3 of 3 Iteration   1: 32.468 
# Fork: 3 of 3 Iteration   2: 33.453 
# Fork: 3 of 3 Iteration   3: 27.697 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 22.644 
# Fork: 1 of 3 Iteration   2: 25.390 
# Fork: 1 of 3 Iteration   3: 27.169 
# Fork: 2 of 3 Iteration   1: 24.463 
# Fork: 2 of 3 Iteration   2: 25.528 
# Fork: 2 of 3 Iteration   3: 19.393 
# Fork: 3 of 3 Iteration   1: 29.483 
# Fork: 3 of 3 Iteration   2: 31.282 
# Fork: 3 of 3 Iteration   3: 34.430 
Benchmark                         (threads)   Mode  Cnt   Score   Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  29.370 ± 3.640  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9  26.642 ± 7.669  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-taskset0.json
## mpmc-A-taskset0-apc2
taskset -c 0 /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -jvmArgsAppend -XX:ActiveProcessorCount=2 -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-A-taskset0-apc2.json 
load before 4.49 3.69 2.74 (08:55:37), after 6.09 4.15 2.93 (08:56:10)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 31.772 
# Fork: 1 of 3 Iteration   2: 27.175 
# Fork: 1 of 3 Iteration   3: 25.006 
# Fork: 2 of 3 Iteration   1: 26.233 
# Fork: 2 of 3 Iteration   2: 25.651 
# Fork: 2 of 3 Iteration   3: 25.209 
# Fork: 3 of 3 Iteration   1: 28.594 
# Fork: 3 of 3 Iteration   2: 26.015 
# Fork: 3 of 3 Iteration   3: 26.828 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 3.216 
# Fork: 1 of 3 Iteration   2: 22.371 
# Fork: 1 of 3 Iteration   3: 23.933 
# Fork: 2 of 3 Iteration   1: 3.600 
# Fork: 2 of 3 Iteration   2: 9.250 
# Fork: 2 of 3 Iteration   3: 1.040 
# Fork: 3 of 3 Iteration   1: 1.930 
# Fork: 3 of 3 Iteration   2: 2.150 
# Fork: 3 of 3 Iteration   3: 4.807 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score    Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  26.942 ±  3.560  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9   8.033 ± 14.958  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-A-taskset0-apc2.json
## spsc-A-normal-r1
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-normal-r1.json 
load before 6.09 4.15 2.93 (08:56:11), after 8.04 5.53 3.68 (08:59:24)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 20.287 
# Fork: 1 of 3 Iteration   2: 17.065 
# Fork: 1 of 3 Iteration   3: 22.150 
# Fork: 2 of 3 Iteration   1: 25.177 
# Fork: 2 of 3 Iteration   2: 31.139 
# Fork: 2 of 3 Iteration   3: 20.682 
# Fork: 3 of 3 Iteration   1: 20.479 
# Fork: 3 of 3 Iteration   2: 21.839 
# Fork: 3 of 3 Iteration   3: 22.648 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 4.507 
# Fork: 1 of 3 Iteration   2: 1.482 
# Fork: 1 of 3 Iteration   3: 1.542 
# Fork: 2 of 3 Iteration   1: 15.364 
# Fork: 2 of 3 Iteration   2: 9.877 
# Fork: 2 of 3 Iteration   3: 0.891 
# Fork: 3 of 3 Iteration   1: 4.445 
# Fork: 3 of 3 Iteration   2: 31.657 
# Fork: 3 of 3 Iteration   3: 5.629 
Benchmark                         (threads)   Mode  Cnt   Score    Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  22.385 ±  6.618  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9   8.377 ± 16.607  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-normal-r1.json
## spsc-B-normal-r1
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-B.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-B-normal-r1.json 
load before 8.04 5.53 3.68 (08:59:24), after 4.09 5.16 3.78 (09:01:12)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 17.928 
# Fork: 1 of 3 Iteration   2: 18.583 
# Fork: 1 of 3 Iteration   3: 18.507 
# Fork: 2 of 3 Iteration   1: 16.466 
# Fork: 2 of 3 Iteration   2: 17.183 
# Fork: 2 of 3 Iteration   3: 25.206 
# Fork: 3 of 3 Iteration   1: 17.575 
# Fork: 3 of 3 Iteration   2: 17.095 
# Fork: 3 of 3 Iteration   3: 16.995 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 23.304 
# Fork: 1 of 3 Iteration   2: 21.942 
# Fork: 1 of 3 Iteration   3: 22.922 
# Fork: 2 of 3 Iteration   1: 26.049 
# Fork: 2 of 3 Iteration   2: 26.904 
# Fork: 2 of 3 Iteration   3: 28.039 
# Fork: 3 of 3 Iteration   1: 22.983 
# Fork: 3 of 3 Iteration   2: 24.595 
# Fork: 3 of 3 Iteration   3: 23.584 
Benchmark                         (threads)   Mode  Cnt   Score   Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  18.393 ± 4.452  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9  24.480 ± 3.480  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-B-normal-r1.json
## spsc-A-normal-r2
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-normal-r2.json 
load before 4.09 5.16 3.78 (09:01:12), after 3.59 3.34 3.34 (09:07:00)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 25.675 
# Fork: 1 of 3 Iteration   2: 35.114 
# Fork: 1 of 3 Iteration   3: 35.520 
# Fork: 2 of 3 Iteration   1: 11.701 
# Fork: 2 of 3 Iteration   2: 26.588 
# Fork: 2 of 3 Iteration   3: 13.272 
# Fork: 3 of 3 Iteration   1: 13.274 
# Fork: 3 of 3 Iteration   2: 14.715 
# Fork: 3 of 3 Iteration   3: 17.228 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 11.362 
# Fork: 1 of 3 Iteration   2: 15.424 
# Fork: 1 of 3 Iteration   3: 27.234 
# Fork: 2 of 3 Iteration   1: 4.456 
# Fork: 2 of 3 Iteration   2: 7.196 
# Fork: 2 of 3 Iteration   3: 8.071 
# Fork: 3 of 3 Iteration   1: 11.043 
# Fork: 3 of 3 Iteration   2: 9.157 
# Fork: 3 of 3 Iteration   3: 10.677 
Benchmark                         (threads)   Mode  Cnt   Score    Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  21.454 ± 15.952  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9  11.624 ± 11.101  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-A-normal-r2.json
## spsc-B-normal-r2
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-B.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-B-normal-r2.json 
load before 3.59 3.34 3.34 (09:07:00), after 10.01 6.73 4.73 (09:12:56)
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 31.083 
# Fork: 1 of 3 Iteration   2: 30.905 
# Fork: 1 of 3 Iteration   3: 31.493 
# Fork: 2 of 3 Iteration   1: 25.402 
# Fork: 2 of 3 Iteration   2: 23.876 
# Fork: 2 of 3 Iteration   3: 31.356 
# Fork: 3 of 3 Iteration   1: 29.603 
# Fork: 3 of 3 Iteration   2: 31.468 
# Fork: 3 of 3 Iteration   3: 31.550 
# Benchmark: dev.streams.benchmarks.memory.SpscBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 24.622 
# Fork: 1 of 3 Iteration   2: 37.872 
# Fork: 1 of 3 Iteration   3: 26.077 
# Fork: 2 of 3 Iteration   1: 31.494 
# Fork: 2 of 3 Iteration   2: 23.817 
# Fork: 2 of 3 Iteration   3: 12.800 
# Fork: 3 of 3 Iteration   1: 17.653 
# Fork: 3 of 3 Iteration   2: 21.660 
# Fork: 3 of 3 Iteration   3: 14.472 
Benchmark                         (threads)   Mode  Cnt   Score    Error   Units
SpscBenchmark.arrayBlockingQueue   platform  thrpt    9  29.637 ±  4.908  ops/us
SpscBenchmark.memoryObjectStream   platform  thrpt    9  23.385 ± 13.442  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/spsc-B-normal-r2.json
## mpmc-A-normal
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-A-normal.json 
load before 10.01 6.73 4.73 (09:12:57), after 7.44 7.60 5.68 (09:17:23)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 25.194 
# Fork: 1 of 3 Iteration   2: 19.791 
# Fork: 1 of 3 Iteration   3: 25.873 
# Fork: 2 of 3 Iteration   1: 27.744 
# Fork: 2 of 3 Iteration   2: 30.156 
# Fork: 2 of 3 Iteration   3: 28.951 
# Fork: 3 of 3 Iteration   1: 28.248 
# Fork: 3 of 3 Iteration   2: 27.772 
# Fork: 3 of 3 Iteration   3: 25.354 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 21.030 
# Fork: 1 of 3 Iteration   2: 24.756 
# Fork: 1 of 3 Iteration   3: 25.964 
# Fork: 2 of 3 Iteration   1: 17.095 
# Fork: 2 of 3 Iteration   2: 24.366 
# Fork: 2 of 3 Iteration   3: 22.519 
# Fork: 3 of 3 Iteration   1: 24.996 
# Fork: 3 of 3 Iteration   2: 26.545 
# Fork: 3 of 3 Iteration   3: 21.243 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 41.441 
# Fork: 1 of 3 Iteration   2: 42.506 
# Fork: 1 of 3 Iteration   3: 43.275 
# Fork: 2 of 3 Iteration   1: 40.975 
# Fork: 2 of 3 Iteration   2: 42.704 
# Fork: 2 of 3 Iteration   3: 44.137 
# Fork: 3 of 3 Iteration   1: 30.975 
# Fork: 3 of 3 Iteration   2: 37.991 
# Fork: 3 of 3 Iteration   3: 43.262 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 37.677 
# Fork: 1 of 3 Iteration   2: 42.326 
# Fork: 1 of 3 Iteration   3: 31.607 
# Fork: 2 of 3 Iteration   1: 42.919 
# Fork: 2 of 3 Iteration   2: 44.186 
# Fork: 2 of 3 Iteration   3: 41.002 
# Fork: 3 of 3 Iteration   1: 40.442 
# Fork: 3 of 3 Iteration   2: 40.526 
# Fork: 3 of 3 Iteration   3: 33.449 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score   Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  26.565 ± 5.110  ops/us
MpmcBenchmark.arrayBlockingQueue        4   platform  thrpt    9  23.168 ± 5.045  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  40.807 ± 6.896  ops/us
MpmcBenchmark.memoryObjectStream        4   platform  thrpt    9  39.348 ± 7.224  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-A-normal.json
## mpmc-B-normal
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-B.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-B-normal.json 
load before 7.44 7.60 5.68 (09:17:23), after 5.78 5.75 5.31 (09:21:28)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 19.841 
# Fork: 1 of 3 Iteration   2: 19.840 
# Fork: 1 of 3 Iteration   3: 21.609 
# Fork: 2 of 3 Iteration   1: 21.824 
# Fork: 2 of 3 Iteration   2: 18.515 
# Fork: 2 of 3 Iteration   3: 18.562 
# Fork: 3 of 3 Iteration   1: 7.230 
# Fork: 3 of 3 Iteration   2: 11.724 
# Fork: 3 of 3 Iteration   3: 14.812 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 8.701 
# Fork: 1 of 3 Iteration   2: 14.436 
# Fork: 1 of 3 Iteration   3: 7.326 
# Fork: 2 of 3 Iteration   1: 12.556 
# Fork: 2 of 3 Iteration   2: 16.235 
# Fork: 2 of 3 Iteration   3: 13.489 
# Fork: 3 of 3 Iteration   1: 9.821 
# Fork: 3 of 3 Iteration   2: 12.312 
# Fork: 3 of 3 Iteration   3: 10.142 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 23.320 
# Fork: 1 of 3 Iteration   2: 30.803 
# Fork: 1 of 3 Iteration   3: 19.946 
# Fork: 2 of 3 Iteration   1: 21.478 
# Fork: 2 of 3 Iteration   2: 24.964 
# Fork: 2 of 3 Iteration   3: 19.896 
# Fork: 3 of 3 Iteration   1: 21.339 
# Fork: 3 of 3 Iteration   2: 19.388 
# Fork: 3 of 3 Iteration   3: 21.048 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 22.674 
# Fork: 1 of 3 Iteration   2: 21.997 
# Fork: 1 of 3 Iteration   3: 23.692 
# Fork: 2 of 3 Iteration   1: 24.568 
# Fork: 2 of 3 Iteration   2: 24.237 
# Fork: 2 of 3 Iteration   3: 22.850 
# Fork: 3 of 3 Iteration   1: 21.786 
# Fork: 3 of 3 Iteration   2: 25.566 
# Fork: 3 of 3 Iteration   3: 20.930 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score   Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  17.106 ± 8.262  ops/us
MpmcBenchmark.arrayBlockingQueue        4   platform  thrpt    9  11.669 ± 4.842  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  22.464 ± 6.034  ops/us
MpmcBenchmark.memoryObjectStream        4   platform  thrpt    9  23.145 ± 2.503  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-B-normal.json
## mpmc-B-taskset0-apc2-r2
taskset -c 0 /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-B.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -jvmArgsAppend -XX:ActiveProcessorCount=2 -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-B-taskset0-apc2-r2.json 
load before 5.88 5.77 5.32 (09:21:29), after 6.57 5.68 5.37 (09:25:28)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 28.816 
# Fork: 1 of 3 Iteration   2: 27.912 
# Fork: 1 of 3 Iteration   3: 32.268 
# Fork: 2 of 3 Iteration   1: 30.180 
# Fork: 2 of 3 Iteration   2: 25.068 
# Fork: 2 of 3 Iteration   3: 30.366 
# Fork: 3 of 3 Iteration   1: 31.755 
# Fork: 3 of 3 Iteration   2: 23.322 
# Fork: 3 of 3 Iteration   3: 31.011 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 43.231 
# Fork: 1 of 3 Iteration   2: 40.517 
# Fork: 1 of 3 Iteration   3: 17.249 
# Fork: 2 of 3 Iteration   1: 36.589 
# Fork: 2 of 3 Iteration   2: 36.230 
# Fork: 2 of 3 Iteration   3: 36.293 
# Fork: 3 of 3 Iteration   1: 29.637 
# Fork: 3 of 3 Iteration   2: 38.479 
# Fork: 3 of 3 Iteration   3: 34.188 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score    Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  28.966 ±  5.128  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  34.713 ± 12.740  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-B-taskset0-apc2-r2.json
## mpmc-B-taskset0-apc2
taskset -c 0 /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-B.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -jvmArgsAppend -XX:ActiveProcessorCount=2 -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-B-taskset0-apc2.json 
load before 5.88 5.77 5.32 (09:21:30), after 6.42 5.74 5.40 (09:26:01)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 28.647 
# Fork: 1 of 3 Iteration   2: 23.695 
# Fork: 1 of 3 Iteration   3: 18.064 
# Fork: 2 of 3 Iteration   1: 25.152 
# Fork: 2 of 3 Iteration   2: 29.749 
# Fork: 2 of 3 Iteration   3: 18.928 
# Fork: 3 of 3 Iteration   1: 24.876 
# Fork: 3 of 3 Iteration   2: 27.303 
# Fork: 3 of 3 Iteration   3: 26.798 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 39.655 
# Fork: 1 of 3 Iteration   2: 43.623 
# Fork: 1 of 3 Iteration   3: 43.829 
# Fork: 2 of 3 Iteration   1: 41.938 
# Fork: 2 of 3 Iteration   2: 39.481 
# Fork: 2 of 3 Iteration   3: 39.501 
# Fork: 3 of 3 Iteration   1: 43.675 
# Fork: 3 of 3 Iteration   2: 44.671 
# Fork: 3 of 3 Iteration   3: 43.761 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score   Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  24.801 ± 6.793  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  42.237 ± 3.595  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-B-taskset0-apc2.json
## mpmc-C-taskset0-apc2-r2
taskset -c 0 /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-C.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -jvmArgsAppend -XX:ActiveProcessorCount=2 -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-C-taskset0-apc2-r2.json 
load before 6.57 5.68 5.37 (09:25:28), after 8.54 7.18 6.09 (09:30:08)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 29.231 
# Fork: 1 of 3 Iteration   2: 24.497 
# Fork: 1 of 3 Iteration   3: 19.326 
# Fork: 2 of 3 Iteration   1: 21.986 
# Fork: 2 of 3 Iteration   2: 25.935 
# Fork: 2 of 3 Iteration   3: 23.280 
# Fork: 3 of 3 Iteration   1: 26.219 
# Fork: 3 of 3 Iteration   2: 26.124 
# Fork: 3 of 3 Iteration   3: 23.828 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 45.070 
# Fork: 1 of 3 Iteration   2: 37.465 
# Fork: 1 of 3 Iteration   3: 35.771 
# Fork: 2 of 3 Iteration   1: 33.896 
# Fork: 2 of 3 Iteration   2: 45.912 
# Fork: 2 of 3 Iteration   3: 28.352 
# Fork: 3 of 3 Iteration   1: 32.614 
# Fork: 3 of 3 Iteration   2: 36.085 
# Fork: 3 of 3 Iteration   3: 34.943 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score   Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  24.492 ± 4.792  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  36.679 ± 9.470  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-C-taskset0-apc2-r2.json
## mpmc-A-taskset0-apc2-r2
taskset -c 0 /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-mpmc-A.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 3 -wi 2 -w 1s -i 3 -r 1s -jvmArgsAppend -XX:ActiveProcessorCount=2 -rf json -rff benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-A-taskset0-apc2-r2.json 
load before 8.54 7.18 6.09 (09:30:08), after 7.97 7.72 6.54 (09:33:19)
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.arrayBlockingQueue
# Fork: 1 of 3 Iteration   1: 28.388 
# Fork: 1 of 3 Iteration   2: 27.716 
# Fork: 1 of 3 Iteration   3: 28.649 
# Fork: 2 of 3 Iteration   1: 30.452 
# Fork: 2 of 3 Iteration   2: 29.467 
# Fork: 2 of 3 Iteration   3: 31.384 
# Fork: 3 of 3 Iteration   1: 29.300 
# Fork: 3 of 3 Iteration   2: 30.333 
# Fork: 3 of 3 Iteration   3: 30.515 
# Benchmark: dev.streams.benchmarks.memory.MpmcBenchmark.memoryObjectStream
# Fork: 1 of 3 Iteration   1: 38.453 
# Fork: 1 of 3 Iteration   2: 41.765 
# Fork: 1 of 3 Iteration   3: 43.392 
# Fork: 2 of 3 Iteration   1: 41.973 
# Fork: 2 of 3 Iteration   2: 44.796 
# Fork: 2 of 3 Iteration   3: 43.672 
# Fork: 3 of 3 Iteration   1: 40.610 
# Fork: 3 of 3 Iteration   2: 43.340 
# Fork: 3 of 3 Iteration   3: 44.752 
Benchmark                         (sides)  (threads)   Mode  Cnt   Score   Error   Units
MpmcBenchmark.arrayBlockingQueue        2   platform  thrpt    9  29.578 ± 1.998  ops/us
MpmcBenchmark.memoryObjectStream        2   platform  thrpt    9  42.528 ± 3.463  ops/us
Benchmark result is saved to benchmarks/results/trials/2026-12-07-fe3e3fd-mpmc14-jdk17/mpmc-A-taskset0-apc2-r2.json
