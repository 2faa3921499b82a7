hs16 trials, JDK 17 (openjdk 17.0.15), 2026-12-07 06:02-07:10 UTC, 2 shared vCPUs with two other helpers building,
testing and benchmarking in turn (load average 2.5-9.8; each run's 1/5/15-minute load before and after is in
loads.txt order below). Every run held /tmp/bench.lock (flock); "start" loads were read before waiting for the lock.

Jars (benchmarks jar built with `mvn -B -q -o -pl benchmarks -am package -DskipTests`, copied to /tmp/hs16-<X>.jar):
  M    = 85cafd2 (main's code at a660c3d)
  N    = 76f65be (branch net15 alone), built from `git archive 76f65be`
  r7   = M with InboundBytes.fillsInPlace() as before 7ad5219 (`return buffer != null;`: no bulk first read into a pooled buffer)
  r240 = M with 240e2de reverted (`git show 240e2de | git apply -R`)
  r99  = M with 240e2de and 99d1351 reverted
  S    = 41f1ab4 (this branch: the send side in RecordSender)

1. Alternating A/B of full handshakes, order M N r7 r240 r99, twice (files hs-<X>-<round>.json/.txt):
  /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/hs16-<X>.jar 'TlsHandshakeBenchmark\.(tlsStream|sslSocket)$' -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff hs-<X>-<n>.json
  Summary: python3 summ.py (ratio of medians of all iterations, and of per-fork medians). Ours / SSLSocket:
  M 0.950, 1.806; N 0.555, 1.455; r7 1.034, 1.723; r240 0.720, 0.799; r99 0.902, 0.989. Per-fork medians of one
  jar ranged 23-226 handshakes/s: the load decided these, not the code. Inconclusive.
  Repeated at the end in a quieter stretch (load 1.5-3.2), order N M N M S, same command (hs-<X>-2/3 files):
  N 0.983, M 0.812 (one fork at 96/s, the others 171 and 190 against 201-216), N 1.011, M 1.245, S 0.941.
  N steadier than M, but M's two runs straddle N's: still no verdict.

2. CPU per handshake by thread (HandshakeCpuHarness; harness classes of 44bf080/2f3f921 put in front of the jar's):
  /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp <harness classes>:/tmp/hs16-<X>.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 1500 --rounds 3 [--resumed]
     -> HandshakeCpuHarness-M-full.txt, HandshakeCpuHarness-M-resumed.txt (ours and SSLSocket alternating in one JVM)
  same with --handshakes 1000 --rounds 3 on N -> HandshakeCpuHarness-N-full.txt
  same with --handshakes 800 --rounds 4 --only tlsStream|sslSocket [--resumed] on M (one side per JVM, as in a JMH fork)
     -> HandshakeCpuHarness-M-only-<side>-<full|resumed>-17-0.txt
  with voluntary context switches per thread (2f3f921): --handshakes 800 --rounds 3 [--resumed] on M
     -> HandshakeCpuHarness-M-switches-full.txt, HandshakeCpuHarness-M-switches-resumed.txt
  Summary: python3 cpusum.py HandshakeCpuHarness-*.txt (medians of rounds 1.., round 0 being JIT warm-up).

3. Ping-pong and bulk after the RecordSender split (S) against M:
  /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/hs16-<M|S>.jar 'TlsPingPongBenchmark\.(tlsStream|sslSocket)$' -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff pp-<X>.json   (files TlsPingPongBenchmark-<X>.json/.txt)
  /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/hs16-S.jar 'TlsBulkTransferBenchmark\.(tlsStream|sslSocket)$' -f 1 -wi 3 -w 1s -i 3 -r 1s -prof gc -rf json -rff bulk-S.json   (files TlsBulkTransferBenchmark-S.json/.txt)
  Ping-pong, tlsStream / sslSocket, medians of the 15 iterations: M 18.49 / 15.93 us = 1.161, S 18.03 / 15.69 = 1.149;
  allocation per round trip (both ends) M 5998 / 5057 B, S 5924 / 5260 B: no regression from the split.
  Bulk (files TlsBulkTransferBenchmark-<run>.json/.txt; same command with -rff bulk-S.json, bulk2-M.json, bulk2-S.json):
  bulk-S (load about 6): tlsStream / sslSocket 785 / 905 MiB/s = 0.87, allocation 324660 / 308231 B per MiB = 1.05;
  bulk2-M (load falling to 1.4): 1923 / 1269 = 1.52, allocation 358046 / 308214 = 1.16;
  bulk2-S (load 1.4-1.5): 1861 / 1223 = 1.52, allocation 322281 / 308254 = 1.05. No regression from the split.

4. A client closing with unread bytes (probe, not committed as a test): a plain java.net.Socket pair, the server
  writes 3 bytes the client never reads, the client writes 1 byte and closes; the server read 7, then -1 (a FIN,
  no reset) on this kernel (Linux 6.18.44-fc, Firecracker VM).

For the lead, on a quiet machine (JDK 17, then JDK 25 with /usr/lib/jvm/temurin-25-jdk-amd64/bin/java):
  java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 2000 --rounds 4 --only tlsStream
  java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 2000 --rounds 4 --only sslSocket
  (and both with --resumed): if CPU stays at parity while the wall time differs, the gap is waits or GC/JIT.
  benchmarks/record.sh TlsHandshakeBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc
  benchmarks/record.sh TlsPingPongBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc
  benchmarks/record.sh TlsBulkTransferBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc

File names: loads.txt is the run log (each run's load before waiting for the lock and after it ended). The plain-TCP
run (HandshakeCpuHarness --plain --handshakes 3000 --rounds 3, harness of 0a67d59, jar M) is
HandshakeCpuHarness-M-plain.txt. sep-*/cpu-*/sw-* in loads.txt name the HandshakeCpuHarness-M-only-*,
HandshakeCpuHarness-<M|N>-<full|resumed> and HandshakeCpuHarness-M-switches-* files. A second repetition of the
--only runs was stopped before it measured anything (no file).
