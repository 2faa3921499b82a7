Alternating A/B of full handshakes on the quiet machine after the publication runs (2026-12-07 05:19-05:25 UTC, nothing else
running; load average in summary.txt), JDK 17 (openjdk 17.0.15), one command per jar in the order A M N T A M:
  /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar <X>.jar 'TlsHandshakeBenchmark\.(tlsStream|sslSocket)$' -f 2 -wi 3 -w 2s -i 3 -r 2s -rf json -rff hs-<X>-<n>.json
A = benchmarks jar of 07228a0 (before this session's TLS/TCP work), M = 85cafd2 (the merge, the published code),
N = 76f65be (branch net15 alone), T = 989d1d5 (branch tlsbulk alone).
Ours / SSLSocket: A 0.914 and 0.922, M 0.934 and 0.977, N 1.041, T 0.930.
So the published JDK 17 figure at 85cafd2 (0.813, ours' forks 188/177/211 ops/s) was a bad stretch, not a regression;
on JDK 17 the merged code is level with or slightly above 07228a0 and still under SSLSocket.
