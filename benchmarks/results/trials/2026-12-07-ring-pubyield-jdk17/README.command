Alternating A/B, JDK 17 (openjdk 17, default java), platform threads, rounds at 03:15-03:56 UTC 2026-12-07:
  java -jar <A|B>.jar MpmcBenchmark -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff <A|B>-MpmcBenchmark-<round>.json
  java -jar <A|B>.jar SpscBenchmark -p threads=platform -f 3 -wi 2 -w 1s -i 3 -r 1s -rf json -rff <A|B>-SpscBenchmark-<round>.json
  (each under flock /tmp/bench.lock; order: round 1 A Mpmc, A Spsc, B Mpmc, B Spsc; round 2 the same; B Spsc round 2 cut short)
A = benchmarks jar of 07228a0 (memory code as on main).
B = 07228a0 plus B-publication-yield.patch: Ring's publication waits (poll, putLocked, takeLocked) yield after 1024 spins.
Load: three helpers building, testing and benchmarking on the same 2 vCPUs (load average 2.5-10, logged per run):
round 1 A 9.1, B 3.7; round 2 A 3.6, B 4.8.
Outcome: inconclusive for B, not kept. The finding is the slow mode: in round 2 of A every fork of ours sat at 4.8-6.1 items/us
(2 x 2 and 4 x 4) and, in the same run, every fork of LinkedTransferQueue at 6.7-9.1 (17-38 in the other runs), while
ArrayBlockingQueue stayed at 13-23. The mode held for a whole run of several minutes and hit both spinning queues at once:
a state of the machine that defeats spin-waiting. Not the whole story: in the quiet publication run at 85cafd2
(JDK 25) ours sat in the slow mode at 4 x 4 while LinkedTransferQueue ran normally (docs/memory-streams.md).
