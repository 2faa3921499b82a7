Issue 14, rendezvous spin rules (branch rdv14). JDK 25: openjdk version "25.0.3" 2026-04-21 LTS (/usr/lib/jvm/temurin-25-jdk-amd64/bin/java).
Jars: mvn -B -q -o -pl benchmarks -am package -DskipTests, copied to /tmp/rdv14-bench-<name>.jar:
  fe3e3fd = main fe3e3fd (A)
  B1      = fe3e3fd + B1.patch (a rendezvous sender looks for a waiting receiver 32 more times, SpinPolicy.pause, before it takes the lock)
  B2      = B1 + a virtual head waiter spins 128 whatever its partner, yielding its carrier every 8 steps (counterparty flag ignored); committed (with the flag removed, same behaviour) as 7b3fadf
  7b3fadf = the same jar as B2 (copied under that name for the later runs)
  B3      = B2 + no Thread.yield in a platform waiter's spin or a platform sender's look; a virtual one yields every 8 steps (SpinPolicy.waitStep); committed as c591903 (the jar was built from the working tree just before a comment/test-only tidy-up)
Command of every run (runs.log has each exact line; A1-virtual.json also ran kotlinRendezvousChannel):
  flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/rdv14-bench-<name>.jar 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$' -p threads=<virtual|platform> -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <name>-<threads>-<run>.json
  Spsc check: the same with 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=virtual -f 2.
Machine: 2 shared vCPUs, other helpers building, testing and benchmarking (their runs share the flock); my own test runs overlapped B1-virtual-r4, B3-platform-b3p1, the v1/v2 and w1/w2 runs.
A1-virtual: load 5.70 2.82 2.28 (08:52) before, 4.40 3.32 2.52 (08:53) after. fe3e3fd-virtual-r1: load about 5.7 (08:54-08:56, its runs.log line lost when the first loop was restarted).
Per run, median of all iterations in ns/op (per-fork medians in brackets), in run order:
  A1-virtual.json: memoryObjectStream 22751 (21948/27346/27492) | synchronousQueue 793 (12713/793/203) | synchronousQueueFair 1431 (618/256/16650) | ours/SQ 28.68, /fair 15.89; load: see above
  fe3e3fd-virtual-r1.json: memoryObjectStream 30194 (30194/30022/30222) | synchronousQueue 18647 (18647/13352/19099) | synchronousQueueFair 19695 (21878/19657/17094) | ours/SQ 1.62, /fair 1.53; load: see above
  B1-virtual-r1.json: memoryObjectStream 32622 (29351/31598/33678) | synchronousQueue 14993 (17692/17022/13949) | synchronousQueueFair 18691 (18385/19268/22087) | ours/SQ 2.18, /fair 1.75; load 5.66 4.01 2.86 (08:56) before, 5.52 4.82 3.39 (08:58) after
  B2-virtual-r2.json: memoryObjectStream 8899 (22237/13350/6157) | synchronousQueue 2114 (3080/1897/1770) | synchronousQueueFair 15559 (677/313/17290) | ours/SQ 4.21, /fair 0.57; load 5.52 4.82 3.39 (08:58) before, 5.46 5.50 3.83 (09:00) after
  fe3e3fd-virtual-r3.json: memoryObjectStream 4401 (5802/4401/821) | synchronousQueue 17262 (2981/17840/17262) | synchronousQueueFair 1425 (1425/210/15427) | ours/SQ 0.25, /fair 3.09; load 5.46 5.50 3.83 (09:00) before, 2.66 3.17 3.28 (09:06) after
  B1-virtual-r4.json: memoryObjectStream 52922 (56908/35676/115299) | synchronousQueue 19502 (19502/26344/18872) | synchronousQueueFair 22032 (22032/28904/19945) | ours/SQ 2.71, /fair 2.40; load 2.66 3.17 3.28 (09:06) before, 9.93 6.38 4.55 (09:12) after
  B2-virtual-r5.json: memoryObjectStream 32016 (34024/34886/31632) | synchronousQueue 17692 (7898/19541/17903) | synchronousQueueFair 19261 (19328/19483/17948) | ours/SQ 1.81, /fair 1.66; load 9.93 6.38 4.55 (09:12) before, 7.01 7.65 5.56 (09:16) after
  B3-virtual-b3v1.json: memoryObjectStream 18093 (18093/18040/18262) | synchronousQueue 16635 (16079/16252/17084) | synchronousQueueFair 17188 (16948/17275/16917) | ours/SQ 1.09, /fair 1.05; load 5.53 7.02 5.61 (09:18) before, 5.14 5.58 5.29 (09:22) after
  fe3e3fd-platform-p1.json: memoryObjectStream 2360 (2226/2166/3324) | synchronousQueue 6467 (6125/6467/6974) | synchronousQueueFair 6860 (12607/6601/6839) | ours/SQ 0.36, /fair 0.34; load 7.01 7.65 5.56 (09:16) before, 2.63 5.49 5.22 (09:20) after
  7b3fadf-platform-p2.json: memoryObjectStream 826 (1159/573/1406) | synchronousQueue 1573 (981/1015/5049) | synchronousQueueFair 5669 (5245/5471/8961) | ours/SQ 0.52, /fair 0.15; load 2.63 5.49 5.22 (09:20) before, 3.89 5.18 5.20 (09:24) after
  B3-platform-b3p1.json: memoryObjectStream 23026 (26643/23026/17518) | synchronousQueue 16681 (16681/15810/18816) | synchronousQueueFair 19769 (16640/19769/24084) | ours/SQ 1.38, /fair 1.16; load 5.14 5.58 5.29 (09:22) before, 9.76 6.82 5.80 (09:27) after
  7b3fadf-virtual-v1.json: memoryObjectStream 1619 (1220/1362/22017) | synchronousQueue 4052 (1156/4444/4251) | synchronousQueueFair 21550 (22368/12725/23973) | ours/SQ 0.40, /fair 0.08; load 3.89 5.18 5.20 (09:24) before, 6.51 6.70 5.91 (09:29) after
  fe3e3fd-virtual-v2.json: memoryObjectStream 29297 (25044/46024/26972) | synchronousQueue 20703 (20294/31254/20532) | synchronousQueueFair 18035 (18084/17172/16269) | ours/SQ 1.42, /fair 1.62; load 6.51 6.70 5.91 (09:29) before, 7.34 7.58 6.45 (09:32) after
  fe3e3fd-virtual-w1.json: memoryObjectStream 35096 (40351/35096/32278) | synchronousQueue 18912 (16761/17373/22541) | synchronousQueueFair 22552 (20590/20663/39381) | ours/SQ 1.86, /fair 1.56; load 7.47 7.61 6.47 (09:32) before, 12.65 9.55 7.40 (09:35) after
  B3-virtual-w2.json: memoryObjectStream 18712 (22423/18976/10397) | synchronousQueue 21968 (20960/25903/34001) | synchronousQueueFair 24885 (27776/17125/27478) | ours/SQ 0.85, /fair 0.75; load 12.65 9.55 7.40 (09:35) before, 18.86 12.20 8.51 (09:37) after
  B3-platform-q1.json: memoryObjectStream 14001 (14001/19473/13071) | synchronousQueue 12078 (12023/12225/11892) | synchronousQueueFair 12193 (11990/12189/12531) | ours/SQ 1.16, /fair 1.15; load 18.86 12.20 8.51 (09:37) before, 7.64 11.09 9.31 (09:43) after
  fe3e3fd-virtual-spsc1.json: memoryObjectStream 31 (33/30) | arrayBlockingQueue 11 (10/12) | ours/ABQ 2.82; load 7.64 11.09 9.31 (09:43) before, 1.55 5.24 7.29 (09:48) after
  B3-virtual-spsc2.json: memoryObjectStream 19 (19/20) | arrayBlockingQueue 11 (11/10) | ours/ABQ 1.78; load 1.55 5.24 7.29 (09:48) before, 2.92 4.87 7.02 (09:49) after
  B3-virtual-spscb1.json: memoryObjectStream 38 (35/43) | arrayBlockingQueue 14 (14/14) | ours/ABQ 2.69; load 2.64 4.57 6.81 (09:50) before, 2.56 4.33 6.65 (09:50) after
  fe3e3fd-virtual-spscb2.json: memoryObjectStream 39 (23/63) | arrayBlockingQueue 13 (14/13) | ours/ABQ 3.01; load 2.56 4.33 6.65 (09:50) before, 2.53 4.12 6.49 (09:51) after
Outcome: B3 kept (c591903); not settled on this loaded machine, a quiet A/B decides (docs/memory-streams.md, What was tried).
