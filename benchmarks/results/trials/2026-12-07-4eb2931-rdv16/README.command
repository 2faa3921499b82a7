# rdv16 trials (issue 14): the lock-free link of a rendezvous receiver, 2026-12-07
# A = /tmp/bench-A-a1a2312.jar (main a1a2312, built by the lead); B = /tmp/bench-rdv16-B.jar, built at
# 4eb2931 (clean tree) with `mvn -B -q -o -pl benchmarks -am package -DskipTests`.
# Machine: 2 shared vCPUs; the lead ran MPMC benchmarks under the same flock between runs; my own
# test runs had just ended when A1 started (load 5.9 falling), none ran during the runs below.
# Each run's exact command and load (1/5/15 min, before and after) is in its <name>.command file.
# Medians of all iterations, per-fork medians in brackets; `python3` over rawData of each JSON.

## RendezvousPingPongBenchmark, JDK 25 (temurin 25), -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=platform,virtual
# order A1 B1 B2 A2; ns per round trip
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar <jar> 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$' -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=platform,virtual -rf json -rff RendezvousPingPongBenchmark-<run>.json
# load before 5.90 5.01 3.71 (14:55:56), after 2.07 3.61 3.40 (14:59:02)
# RendezvousPingPongBenchmark-A1.json
#   memoryObjectStream           platform  median      253  forks 236/270/253
#   memoryObjectStream           virtual   median      286  forks 280/301/296
#   synchronousQueue             platform  median     5751  forks 5751/5814/4898
#   synchronousQueue             virtual   median      163  forks 159/162/776
#   synchronousQueueFair         platform  median     7083  forks 9717/7149/5123
#   synchronousQueueFair         virtual   median      196  forks 195/211/193
# load before 2.07 3.61 3.40 (14:59:02), after 1.46 2.66 3.07 (15:02:09)
# RendezvousPingPongBenchmark-B1.json
#   memoryObjectStream           platform  median      275  forks 829/248/247
#   memoryObjectStream           virtual   median      989  forks 1123/1013/244
#   synchronousQueue             platform  median    11835  forks 11083/13504/9882
#   synchronousQueue             virtual   median      832  forks 152/888/1252
#   synchronousQueueFair         platform  median     6993  forks 6881/5905/9549
#   synchronousQueueFair         virtual   median      483  forks 219/506/1396
# load before 1.46 2.66 3.07 (15:02:09), after 1.59 2.26 2.82 (15:06:11)
# RendezvousPingPongBenchmark-B2.json
#   memoryObjectStream           platform  median      263  forks 256/269/268
#   memoryObjectStream           virtual   median      266  forks 291/251/266
#   synchronousQueue             platform  median     6361  forks 10650/5720/6002
#   synchronousQueue             virtual   median      173  forks 168/164/985
#   synchronousQueueFair         platform  median     7956  forks 13223/7222/7587
#   synchronousQueueFair         virtual   median      213  forks 465/213/203
# load before 1.59 2.26 2.82 (15:06:11), after 1.62 2.10 2.65 (15:09:37)
# RendezvousPingPongBenchmark-A2.json
#   memoryObjectStream           platform  median      258  forks 261/252/250
#   memoryObjectStream           virtual   median      286  forks 292/280/291
#   synchronousQueue             platform  median     6484  forks 6484/4986/11588
#   synchronousQueue             virtual   median      172  forks 172/163/175
#   synchronousQueueFair         platform  median    12853  forks 12630/12853/13141
#   synchronousQueueFair         virtual   median      216  forks 1286/211/213

## No-regression checks (same jars)
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-a1a2312.jar UncontendedPairBenchmark.\(memoryObjectStreamNowait\|memoryObjectStreamBlocking\|arrayBlockingQueueOfferPoll\|arrayBlockingQueuePutTake\)\$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/UncontendedPairBenchmark-A1.json 
# jdk: openjdk version "25.0.3" 2026-04-21 LTS
# load before 5.16 3.82 3.20 (15:18:34), after 2.29 3.23 3.04 (15:19:45)
# UncontendedPairBenchmark-A1.json
#   arrayBlockingQueueOfferPoll            median     22.8  forks 22.8/23.0
#   arrayBlockingQueuePutTake              median     22.8  forks 22.8/22.8
#   memoryObjectStreamBlocking             median     11.2  forks 11.3/11.1
#   memoryObjectStreamNowait               median     10.7  forks 10.7/10.9
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar UncontendedPairBenchmark.\(memoryObjectStreamNowait\|memoryObjectStreamBlocking\|arrayBlockingQueueOfferPoll\|arrayBlockingQueuePutTake\)\$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/UncontendedPairBenchmark-B1.json 
# jdk: openjdk version "25.0.3" 2026-04-21 LTS
# load before 2.29 3.23 3.04 (15:19:45), after 1.46 2.73 2.88 (15:21:14)
# UncontendedPairBenchmark-B1.json
#   arrayBlockingQueueOfferPoll            median     22.6  forks 22.5/22.9
#   arrayBlockingQueuePutTake              median     22.9  forks 23.0/22.7
#   memoryObjectStreamBlocking             median     11.0  forks 11.1/11.0
#   memoryObjectStreamNowait               median     10.9  forks 11.0/10.8
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-a1a2312.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-A1.json 
# jdk: openjdk version "25.0.3" 2026-04-21 LTS
# load before 1.46 2.73 2.88 (15:21:14), after 1.86 2.54 2.79 (15:22:43)
# SpscBenchmark-A1.json
#   arrayBlockingQueue           platform  median     22.3  forks 21.9/22.3
#   arrayBlockingQueue           virtual   median     10.0  forks 9.9/10.2
#   memoryObjectStream           platform  median     28.2  forks 28.8/26.6
#   memoryObjectStream           virtual   median     49.1  forks 54.8/36.0
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-B1.json 
# jdk: openjdk version "25.0.3" 2026-04-21 LTS
# load before 1.86 2.54 2.79 (15:22:43), after 2.03 2.39 2.71 (15:24:35)
# SpscBenchmark-B1.json
#   arrayBlockingQueue           platform  median     21.5  forks 21.6/21.4
#   arrayBlockingQueue           virtual   median      9.4  forks 9.4/9.4
#   memoryObjectStream           platform  median     27.0  forks 27.4/26.0
#   memoryObjectStream           virtual   median     27.5  forks 27.3/28.0
flock /tmp/bench.lock java -jar /tmp/bench-A-a1a2312.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=platform -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-jdk17-A1.json 
# jdk: openjdk version "17.0.15" 2025-04-15
# load before 2.03 2.39 2.71 (15:24:36), after 1.56 2.19 2.61 (15:26:13)
# RendezvousPingPongBenchmark-jdk17-A1.json
#   memoryObjectStream           platform  median      264  forks 257/266/263
#   synchronousQueue             platform  median    38912  forks 38912/38664/39153
#   synchronousQueueFair         platform  median    37467  forks 37467/34031/38575
flock /tmp/bench.lock java -jar /tmp/bench-rdv16-B.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=platform -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-jdk17-B1.json 
# jdk: openjdk version "17.0.15" 2025-04-15
# load before 1.56 2.19 2.61 (15:26:13), after 1.43 2.05 2.52 (15:27:51)
# RendezvousPingPongBenchmark-jdk17-B1.json
#   memoryObjectStream           platform  median      245  forks 232/263/251
#   synchronousQueue             platform  median    36001  forks 36380/39052/34753
#   synchronousQueueFair         platform  median    36204  forks 24054/39028/37344

## SpscBenchmark, virtual threads only, -f 3 (a second look after SpscBenchmark-B1's virtual row), order A2 B2 B3 A3; items/us
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-a1a2312.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-virtual-A2.json 
# load before 1.56 2.07 2.53 (15:27:56), after 2.07 2.14 2.52 (15:29:04)
# SpscBenchmark-virtual-A2.json
#   arrayBlockingQueue           virtual   median     13.6  forks 13.7/12.4/13.1
#   memoryObjectStream           virtual   median      8.9  forks 8.0/8.9/8.8
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-virtual-B2.json 
# load before 2.07 2.14 2.52 (15:29:04), after 2.41 2.23 2.52 (15:30:17)
# SpscBenchmark-virtual-B2.json
#   arrayBlockingQueue           virtual   median      8.8  forks 9.5/8.5/8.4
#   memoryObjectStream           virtual   median     28.0  forks 28.0/64.8/27.6
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-virtual-B3.json 
# load before 2.41 2.23 2.52 (15:30:17), after 2.48 2.32 2.54 (15:31:30)
# SpscBenchmark-virtual-B3.json
#   arrayBlockingQueue           virtual   median      9.1  forks 8.3/10.6/8.6
#   memoryObjectStream           virtual   median     26.1  forks 54.3/26.1/12.1
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-a1a2312.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/SpscBenchmark-virtual-A3.json 
# load before 2.48 2.32 2.54 (15:31:30), after 2.42 2.36 2.53 (15:32:43)
# SpscBenchmark-virtual-A3.json
#   arrayBlockingQueue           virtual   median      8.6  forks 8.6/8.3/9.2
#   memoryObjectStream           virtual   median     38.1  forks 36.6/39.2/36.5

# Reading: virtual rendezvous, B's fast forks 244-291 ns against A's 280-301 (B1 sat in the loaded
# mode in two forks, as did SynchronousQueue in the same run); perhaps 5-7 %, not resolved by -f 3.
# Platform rendezvous (JDK 17 and 25), uncontended and SPSC: no regression seen; SPSC virtual is
# bimodal per fork for both jars (A 8.0-54.8, B 12.1-64.8 items/us).

## C = B plus a tail hint moved only every second append (C-tail-slack.patch, jar built from the tree
## with it, not committed); virtual only, JDK 25, -f 3, order C1 B3 B4 C2; ns per round trip
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-C.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-virtual-C1.json 
# load before 7.34 5.33 3.65 (15:35:26), after 3.61 4.63 3.54 (15:36:41)
# RendezvousPingPongBenchmark-virtual-C1.json
#   memoryObjectStream           virtual   median      261  forks 257/263/261
#   synchronousQueue             virtual   median      163  forks 155/163/171
#   synchronousQueueFair         virtual   median      205  forks 204/205/206
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-virtual-B3.json 
# load before 3.61 4.63 3.54 (15:36:41), after 2.51 4.09 3.43 (15:37:55)
# RendezvousPingPongBenchmark-virtual-B3.json
#   memoryObjectStream           virtual   median      269  forks 422/259/284
#   synchronousQueue             virtual   median      255  forks 795/168/884
#   synchronousQueueFair         virtual   median      205  forks 205/202/209
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-B.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-virtual-B4.json 
# load before 2.51 4.09 3.43 (15:37:55), after 2.29 3.68 3.33 (15:39:10)
# RendezvousPingPongBenchmark-virtual-B4.json
#   memoryObjectStream           virtual   median      258  forks 263/258/257
#   synchronousQueue             virtual   median      162  forks 162/163/156
#   synchronousQueueFair         virtual   median      201  forks 202/201/199
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv16-C.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/RendezvousPingPongBenchmark-virtual-C2.json 
# load before 2.29 3.68 3.33 (15:39:10), after 2.00 3.27 3.22 (15:40:24)
# RendezvousPingPongBenchmark-virtual-C2.json
#   memoryObjectStream           virtual   median      283  forks 269/274/1288
#   synchronousQueue             virtual   median      162  forks 168/154/162
#   synchronousQueueFair         virtual   median      222  forks 222/234/200
# Reading: C 261 and 283 (a fork at 1.3 us), B 269 and 258: no difference; C not kept.
# B's virtual forks (B1-B4, twelve): nine at 244-291 ns, one at 422, two at 1.0-1.1 us (B1, loaded
# like SynchronousQueue in that run); run medians 266, 269, 258 outside B1. A's six: 280-301 (run
# medians 286, 286). SynchronousQueue 162-173 in the runs outside the loaded mode.
