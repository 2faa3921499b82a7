Alternating A/B, 2026-12-07 20:39-20:53 UTC, quiet machine (nothing else running; load 0.9-2.8 is the runs'
own), 2 vCPUs, JDK 17.0 (java) and Temurin 25 (/usr/lib/jvm/temurin-25-jdk-amd64/bin/java).
  A = d10291c (main before the lever), jar /work/wt/A.jar
  L = e51fe7b (a sender on a full ring busy-waits for a run of free slots), jar /work/wt/L.jar
Order A1 L1 L2 A2 A3 L3 L4 A4 (./ab.sh A1 L1 L2 A2 A3 L3 L4 A4); each run, under flock /tmp/bench.lock:
  $J25 -jar $X 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <run>-spsc25.json
  java -jar $X 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -p sides=2 -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <run>-mpmc17.json
times.txt: start/end, load and the CacheLineRoundTripProbe reading before each run. summary.txt: python3 sum.py
(ours, its three forks, ArrayBlockingQueue of the same JMH run, ratio).
