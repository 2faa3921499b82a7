Issue 14: the modes of the memory benchmarks on this VM, JCTools' rings beside ours, a cache-line probe.
The lead, 2026-12-07 14:41-15:35 UTC, JDK 17 (openjdk 17.0.15) and JDK 25 (Temurin 25.0.3); helper rdv16
built and tested streams-core beside these runs (loads below). streams-core is main's (a1a2312) in every jar.

Jars: /tmp/bench-A-a1a2312.jar (main, m17a only); /tmp/bench-J.jar (0d57066: + JCTools 4.0.6 rows);
/tmp/bench-P.jar (4f3df49: + CacheLineRoundTripProbe); /tmp/bench-R.jar (R-ring-yields.patch on 0d57066).

1. Single runs, timestamped with vmstat beside (run.sh in the lead's scratch dir), `-f 3 -wi 2 -w 1s -i 5 -r 1s`
   (m17a `-f 4`, survey rounds `-i 4`):
   java -jar <jar> 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue|jctoolsMpmcArrayQueue)$' -p threads=platform -p sides=2 ...
   java -jar <jar> 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue|jctoolsMpmcArrayQueue|jctoolsSpscArrayQueue)$' -p threads=platform ...
   loads (1/5/15 min) before -> after:
   m17a       0.40 1.12 1.70 -> 1.80 1.38 1.76  JDK 17  MPMC 2x2: ours 19.8 (forks 18.9 20.5 26.1 18.7), ABQ 20.6
   j17a       1.69 1.35 1.71 -> 5.85 2.60 2.11  JDK 17  MPMC 2x2: ours 39.6, JCTools MPMC 43.5, ABQ 25.4
   s17a       5.54 2.59 2.11 -> 5.42 3.15 2.34  JDK 17  SPSC: ours 44.9, JCTools SPSC 91.4, ABQ 27.8
   mpmc17-r1  4.65 3.57 2.58 -> 5.81 4.06 2.81  JDK 17  MPMC 2x2: ours 39.0, JCTools 40.1, ABQ 27.0
   mpmc25-r1  5.81 4.06 2.81 -> 5.79 4.37 2.99  JDK 25  MPMC 2x2: ours 42.6, JCTools 42.0, ABQ 26.6
   spsc17-r1  5.79 4.37 2.99 -> 5.99 4.74 3.25  JDK 17  SPSC: ours 19.1 (forks 14.7 26.8 10.0), JCTools MPMC 47.6, JCTools SPSC 22.5 (forks 99.4 7.6 0.3), ABQ 29.3
   spsc25-r1  5.99 4.74 3.25 -> 4.69 4.54 3.29  JDK 25  SPSC: ours 47.6, JCTools MPMC 11.4, JCTools SPSC 297.7, ABQ 20.3
   mpmc17-r2  1.88 3.11 3.24 -> 2.67 2.69 3.03  JDK 17  MPMC 2x2: ours 20.2, JCTools 16.0, ABQ 21.0
   mpmc25-r2  2.67 2.69 3.03 -> 2.59 2.41 2.84  JDK 25  MPMC 2x2: ours 18.9, JCTools 17.3, ABQ 20.6
   spsc17-r2  2.59 2.41 2.84 -> 1.84 2.05 2.59  JDK 17  SPSC: ours 23.8, JCTools MPMC 16.8, JCTools SPSC 970.8, ABQ 17.8
   spsc25-r2  1.84 2.05 2.59 -> 3.42 2.45 2.69  JDK 25  SPSC: ours 47.6, JCTools MPMC 22.7, JCTools SPSC 313.3, ABQ 27.3
   (medians of all measured iterations, items/us; per-fork medians in the JSON)

2. R: a full (empty) ring's spin yields for 256 (1 024) steps instead of 16 before the lock (R-ring-yields.patch,
   -Dstreams.ringYields), JDK 17, order A R256 R1024 A2, `-f 3 -wi 2 -w 1s -i 4 -r 1s`, ours and ABQ, load 3.8-6.2
   (A2 at 1.9-2.1): SPSC A 43.6 / 30.1, R256 45.4 / 28.8, R1024 34.6 (one fork 9.0) / 26.2, A2 8.6 (every fork) / 18.5;
   MPMC 2x2 A 37.9 / 25.9, R256 40.5 / 23.1, R1024 25.7 / 19.5, A2 19.0 / 21.1. No gain that the load does not
   explain: not kept.

3. Probe and run, alternating (corr.sh: 8 single-fork runs, each between two probes, all under the flock):
   java -cp /tmp/bench-P.jar dev.streams.benchmarks.memory.CacheLineRoundTripProbe
   java -jar /tmp/bench-P.jar '<regex>' -f 1 -wi 2 -w 1s -i 4 -r 1s -p threads=platform [-p sides=2]
   Results, one line per run: corr-spsc17.out, corr-mpmc17.out (JSON corr-*-N.json).
   The probe alone, 13 JVMs in a row at 15:14 (load 3.7-4.4): medians 381, 61, 87, 748, 724, 711, 384, 395,
   472, 437, 465, 385, 53 ns per round trip. In corr-mpmc17 (load 2.1-2.9) 11 of 16 probes gave 42-45 ns and
   5 gave 336-401 ns: the two levels switch on the quiet machine too.
   MPMC 2x2 ours / ABQ per run: 0.94 1.05 1.03 0.89 1.40 1.37 1.01 1.21; ours / JCTools MPMC: 1.13 1.21 1.29
   1.03 3.41 1.55 1.21 1.37. SPSC (corr-spsc17, runs 6-8 quiet at 42-45 ns): ours / ABQ 1.34 1.33 1.35.
