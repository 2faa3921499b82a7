Quiet A/B of rdv16's lock-free rendezvous receiver link (the lead, 2026-12-07 15:42-15:49 UTC, nothing else running).
A = /tmp/bench-A-a1a2312.jar (main before the merge), B = /tmp/bench-rdv16-B.jar (rdv16 at 4eb2931; the merge c17e0f6 adds
only the Waiting split and docs). JDK 25 (Temurin 25.0.3), order A B B2 A2, each:
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar <jar> 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$' -p threads=virtual -f 4 -wi 3 -w 1s -i 5 -r 1s -rf json -rff RendezvousPingPongBenchmark-<run>.json
Loads (1/5/15 min) before -> after: A 0.32 2.26 2.85 -> 1.71 2.20 2.77; B -> 2.01 2.17 2.70; B2 -> 1.88 2.13 2.63; A2 -> 2.05 2.13 2.58.
ns per round trip, median of all iterations (per-fork medians), ours / SynchronousQueue / fair:
A   276 (260 264 303 291) / 158 / 205
B   261 (251 260 269 283) / 155 / 209
B2  257 (248 521 261 254) / 172 / 1270 (every fair fork at 1.0-1.4 us)
A2  478 (291 429 1204 647) / 169 / 222
B's fast forks 248-283 ns against A's 260-303 (about 5 %), and one of B's eight forks in a slower mode against
three of A's, with SynchronousQueue fast in that same A2 run. Kept (the merge c17e0f6).
