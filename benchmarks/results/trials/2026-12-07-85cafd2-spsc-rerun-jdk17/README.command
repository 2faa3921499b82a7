load before: 1.47 2.18 2.09 05:25
JDK 17 (openjdk 17.0.15), quiet machine (nothing else running), 2026-12-07 05:25-05:28 UTC, after the publication runs at 85cafd2:
  java -jar benchmarks/target/benchmarks.jar 'SpscBenchmark\.(memoryObjectStream|arrayBlockingQueue|linkedTransferQueue)$' -p threads=platform -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff SpscBenchmark.json
  then, one after the other, for X = A (benchmarks jar of 07228a0) and M (jar of 85cafd2):
  java -jar X.jar 'SpscBenchmark\.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -f 4 -wi 3 -w 1s -i 3 -r 1s -rf json -rff Spsc-X.json
Per-fork medians, ours (items/us): rerun 6.5 and 23.6 (ABQ 17.9, 15.8); A 12.1, 6.6, 6.8, 6.4 (ABQ 17-23); M 29.2, 25.0, 27.2, 24.9 (ABQ 14-18).
Why: the published JDK 17 SPSC row at 85cafd2 (5.6 items/us, both forks slow) is the slow mode, not a regression of the
merged code: the code before this session fell into it in 3 of 4 forks minutes later, the merged code in none of 4.
