Alternating A/B, 2026-12-07 21:47-21:58 UTC, quiet machine (nothing else running), JDK 17.0.15, 2 vCPUs.
  L = 7c83b34 (senders wait for a run of free slots), jar /work/wt/L.jar
  Y = L with platform ring spins of 112 busy steps + 272 yields (was + 16) before the lock, virtual
      threads unchanged: the trial patch that became the next commit (SpinPolicy.ringSpins)
Order L1 Y1 Y2 L2 L3 Y3 (./ab.sh L1 Y1 Y2 L2 L3 Y3); each run, under flock /tmp/bench.lock:
  java -jar $X 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <run>-spsc17.json
  java -jar $X 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -p sides=2 -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <run>-mpmc17.json
times.txt: start/end, load and CacheLineRoundTripProbe before each run. summary.txt:
python3 ../2026-12-07-d10291c-run-lookahead/sum.py <this dir>.
