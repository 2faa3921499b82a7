# rdv15 trials (issue 14, rendezvous with virtual echo threads), JDK 25, 2 shared vCPUs, other helpers (mpmc15, a TLS
# helper) building, testing and benchmarking throughout (loads below); runs serialized with flock /tmp/bench.lock.
# Jars (all built from c0fb036 plus the patch named, `mvn -B -q -o -pl benchmarks -am package -DskipTests`):
#   A = /tmp/bench-A-c0fb036.jar, main as it is
#   B = B.patch: Waiter state written plain in the constructor (published by the link), the link a release store
#       (Waiter.linkAfter), handed() an opaque store, and a virtual rendezvous sender's looks never yielding
#       (SpinPolicy.lookSpins)
#   C = C.patch: B plus a lazy head: a popper leaves the head one settled node behind and moves it past two nodes by one
#       CAS, as LinkedTransferQueue (one head CAS per two hand-offs)
#   E = E-documented.patch (same code as the jar, with its comments): C without the virtual look change (fences + lazy head)
# Order: A1 B1 B2 A2 E1 C1 A3 E2. B2 ran while my own test run (Lincheck, jqwik) loaded the machine, E1 while my
# planted-bug test run did: both are not comparable. Per run: median of all iterations in ns per round trip, per-fork
# medians in brackets (summary at the end).
# (The runs wrote their JSON under /tmp/rdv15/res/ and were copied here; the -rff paths below name the copies.)
## rdv-jdk25-A1
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform\,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-jdk25-A1.json 
load before 4.66 3.78 2.81 (11:51:51), after 2.82 3.41 2.82 (11:54:23)
## rdv-jdk25-B1
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-B.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform\,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-jdk25-B1.json 
load before 2.82 3.41 2.82 (11:54:23), after 4.89 3.58 2.98 (11:58:31)
## rdv-jdk25-B2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-B.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform\,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-jdk25-B2.json 
load before 4.89 3.58 2.98 (11:58:31), after 14.51 8.50 5.26 (12:06:15)
## rdv-jdk25-A2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform\,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-jdk25-A2.json 
load before 14.51 8.50 5.26 (12:06:15), after 5.45 7.18 5.29 (12:08:52)
## rdv-jdk25-E1
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-E.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform\,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-jdk25-E1.json 
load before 5.45 7.18 5.29 (12:08:54), after 3.14 6.12 5.60 (12:16:15)
## rdv-jdk25-C1
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-C.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform\,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-jdk25-C1.json 
load before 3.14 6.12 5.60 (12:16:15), after 1.99 3.97 4.84 (12:20:24)
## rdv-jdk25-A3
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform\,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-jdk25-A3.json 
load before 1.99 3.97 4.84 (12:20:24), after 1.51 2.72 4.11 (12:24:56)
## rdv-jdk25-E2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-E.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform\,virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-jdk25-E2.json 
load before 1.51 2.72 4.11 (12:24:56), after 4.54 4.12 4.32 (12:30:07)
## jfr: JFR execution samples of A, virtual (ours and SQ), one fork, ran in the loaded mode (ours 1 946 ns in its first iteration, then 32 000)
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue)$' -p threads=virtual -f 1 -wi 2 -w 1s -i 4 -r 1s -prof 'jfr:dir=/tmp/rdv15/jfr' -rf json -rff jfr-A-virtual.json
load before 5.49 4.19 4.35 (12:29:20), after 6.09 4.73 4.51 (12:31:59); samples aggregated in jfr-A-virtual-samples.txt
## probe: see probe-counts.txt (scratch counting build, probe-counters.patch)
## per-fork summary (ours / SynchronousQueue / fair, ns per round trip)
rdv-jdk25-A1.json
  platform ours 268 (287/250/268)  SQ 12013 (12385/11993/12043)  fair 6862 (12168/6835/6805)  ratio 0.02 / 0.04
  virtual  ours 279 (313/279/248)  SQ 6408 (347/194/15458)  fair 227 (227/217/236)  ratio 0.04 / 1.23
rdv-jdk25-B1.json
  platform ours 254 (241/239/271)  SQ 7354 (12855/5919/7354)  fair 12487 (12523/11415/12697)  ratio 0.03 / 0.02
  virtual  ours 1279 (1246/1143/24680)  SQ 339 (16228/17209/153)  fair 18114 (16814/18061/36915)  ratio 3.77 / 0.07
rdv-jdk25-B2.json
  platform ours 229183 (97792/81534/369511)  SQ 19543 (24020/17223/17671)  fair 18405 (18405/14953/27410)  ratio 11.73 / 12.45
  virtual  ours 32880 (32880/47361/31353)  SQ 21275 (20839/26770/17383)  fair 22865 (32097/17515/32136)  ratio 1.55 / 1.44
rdv-jdk25-A2.json
  platform ours 3058 (15334/3058/570)  SQ 12400 (12559/12400/11931)  fair 12070 (12178/11860/12070)  ratio 0.25 / 0.25
  virtual  ours 9470 (7154/9470/29548)  SQ 17083 (17399/17876/16528)  fair 17012 (17012/17183/16594)  ratio 0.55 / 0.56
rdv-jdk25-E1.json
  platform ours 84366 (243426/1197378/15829)  SQ 8885 (10423/12613/5694)  fair 5925 (6881/6489/5570)  ratio 9.50 / 14.24
  virtual  ours 9385 (6335/33205/23913)  SQ 159 (162/146/160)  fair 201 (205/206/201)  ratio 59.03 / 46.61
rdv-jdk25-C1.json
  platform ours 929 (908/929/1079)  SQ 9323 (7523/10001/13068)  fair 6834 (7365/5587/7342)  ratio 0.10 / 0.14
  virtual  ours 1806 (1649/1127/21246)  SQ 247 (756/350/165)  fair 210 (204/212/210)  ratio 7.32 / 8.61
rdv-jdk25-A3.json
  platform ours 298 (288/266/308)  SQ 12250 (12250/12333/10537)  fair 6563 (6902/6563/6154)  ratio 0.02 / 0.05
  virtual  ours 1962 (2087/2160/1260)  SQ 1394 (1295/1776/929)  fair 200 (210/198/195)  ratio 1.41 / 9.83
rdv-jdk25-E2.json
  platform ours 7575 (7611/7507/7674)  SQ 12030 (12027/12011/12231)  fair 9161 (9115/9161/9645)  ratio 0.63 / 0.83
  virtual  ours 29072 (29072/29166/6528)  SQ 17094 (17573/17094/14940)  fair 1765 (1765/17563/379)  ratio 1.70 / 16.47
# Part 2: D = D.patch (B's fence removal alone: plain constructor state, release link, opaque handed(); no look
# change, no lazy head) against A, virtual only, order A4 D1 D2 A5
## rdv-virtual-jdk25-A4
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-virtual-jdk25-A4.json 
load before 10.32 6.31 5.09 (12:34:16), after 6.42 6.11 5.15 (12:35:59)
## rdv-virtual-jdk25-D1
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-D.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-virtual-jdk25-D1.json 
load before 6.42 6.11 5.15 (12:35:59), after 2.22 4.16 4.67 (12:41:36)
## rdv-virtual-jdk25-D2
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-rdv15-D.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-virtual-jdk25-D2.json 
load before 2.22 4.16 4.67 (12:41:36), after 5.50 4.87 4.75 (12:47:19)
## rdv-virtual-jdk25-A5
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-c0fb036.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-virtual-jdk25-A5.json 
load before 5.50 4.87 4.75 (12:47:19), after 2.38 3.97 4.44 (12:49:05)
benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-virtual-jdk25-A4.json
  virtual  ours 29997 (29469/31002/29643)  SQ 16736 (16854/16736/16710)  fair 17368 (18930/19012/16242)  ratio 1.79 / 1.73
benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-virtual-jdk25-D1.json
  virtual  ours 1030 (290/1568/1220)  SQ 285 (223/264/371)  fair 204 (201/193/926)  ratio 3.61 / 5.04
benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-virtual-jdk25-D2.json
  virtual  ours 30867 (31161/29249/31694)  SQ 16824 (16824/17361/16499)  fair 15418 (17910/15418/192)  ratio 1.83 / 2.00
benchmarks/results/trials/2026-12-07-c0fb036-rdv15/rdv-virtual-jdk25-A5.json
  virtual  ours 285 (278/291/285)  SQ 164 (165/154/167)  fair 1805 (1669/1805/2340)  ratio 1.74 / 0.16
