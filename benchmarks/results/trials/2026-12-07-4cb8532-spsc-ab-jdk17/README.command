Alternating A/B of SPSC on JDK 17 (openjdk 17.0.15), platform threads, on the quiet machine right after the
publication runs at 4cb8532 (2026-12-07 08:10-08:13 UTC; loads in loads.txt), order A B A B, one command per jar:
  flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar <jar> 'SpscBenchmark\.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <v>-<n>.json
A = benchmarks jar of a660c3d (before the lock-free hand-off), B = 4cb8532 (published code).
Why: the publication run of SpscBenchmark at 4cb8532 (JDK 17) put ours at 6.1 items/us in both forks (the slow mode).
