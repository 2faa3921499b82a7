hs16 trial, JDK 25 (temurin 25.0.3), 2026-12-07 06:31-06:35 UTC, 2 shared vCPUs with two other helpers building,
testing and benchmarking (load average 9.24 7.87 6.12 before waiting for /tmp/bench.lock, 8.20 9.80 7.44 after).
Jar M = benchmarks jar of 85cafd2 (main's code at a660c3d); harness classes of 44bf080 in front of it:
  flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp <harness classes>:/tmp/hs16-M.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 1000 --rounds 3
    -> HandshakeCpuHarness-M-full.txt (ours and SSLSocket alternating in one JVM; µs per full handshake)
Summary (python3 ../2026-12-07-85cafd2-hs16-jdk17/cpusum.py HandshakeCpuHarness-M-full.txt): client plus server CPU
3600 (ours) against 3581 µs (SSLSocket), wall 3853 against 3652 µs, medians of rounds 1-2.
