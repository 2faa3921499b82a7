Regression check after the quiet publication at 900ee64 put SpscBenchmark (JDK 25, platform) at 11.5 items/us (both forks).
The lead, 2026-12-07 16:23-16:33 UTC, nothing else running (load 0.9-2.0). JDK 25 (Temurin 25.0.3).
A = /tmp/bench-J.jar (streams-core of a1a2312, before the rdv16 merge), H = /tmp/bench-H-900ee64.jar (the published jar).
Runs H A A2 H2 (probe before each in probes.txt):
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar <jar> 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue|jctoolsMpmcArrayQueue)$' -p threads=platform -f 3 -wi 2 -w 1s -i 4 -r 1s
then A3 H3 H4 A4:
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar <jar> 'SpscBenchmark.memoryObjectStream$' -p threads=platform -f 6 -wi 2 -w 1s -i 4 -r 1s
ours, per-fork medians, items/us:
H  36.5 11.8 17.0        A  23.5 34.6 10.1        A2 33.7 27.9 30.1        H2 11.1 10.7 28.3
A3 9.7 13.0 11.7 11.7 10.4 28.8    H3 29.1 23.3 11.4 27.8 27.5 12.0    H4 10.9 11.2 18.8 23.8 24.0 31.5    A4 25.2 26.7 26.8 18.8 11.6 30.2
Forks at or below 17 items/us: A 7 of 18, H 8 of 18 (ABQ 16.7-22.4 in the first four runs). No regression: the
JDK 25 SPSC slow mode (about 11 items/us) hit both jars in about 40 % of forks during this hour; in the runs at
15:00-15:12 (trials/2026-12-07-4f3df49-modes, spsc25-r1/r2) every fork of A sat at 44-48.
