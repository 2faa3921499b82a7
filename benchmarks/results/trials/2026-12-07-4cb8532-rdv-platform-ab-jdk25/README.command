A/B of the rendezvous ping-pong with platform threads on JDK 25 (Temurin 25), on the quiet machine during the
publication runs at 4cb8532 (2026-12-07 07:32-07:37 UTC, load average about 1.5), right after the published
RendezvousPingPongBenchmark run, one command per jar (A then B):
  flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar <jar> RendezvousPingPongBenchmark -p threads=platform -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -rf json -rff <X>.json
A = benchmarks jar of a660c3d (before the lock-free hand-off), B = 4cb8532 (the published code, lock-free hand-off).
Why: branch lfrdv had seen B slower than A at load 1-2 (5.5 vs 2.8 us); the published run put ours at 9.1 us.
Medians (ns per round trip, per-fork medians): A ours 2876 (5457/1471/2191), SQ 6314, fair 6715;
B ours 2600 (2305/2626/3439), SQ 5990, fair 6339.
