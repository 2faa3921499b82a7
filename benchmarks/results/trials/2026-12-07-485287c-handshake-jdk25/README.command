Issue 15, full TLS 1.3 handshakes: A/B of main (07228a0, "base") against 485287c (connect/accept without the poller, thread selectors, the new HandshakeTimer), both JDKs in one flock, strace first:
flock /tmp/bench.lock sh -c '<strace runs>; <JDK 17 base, new>; <JDK 25 base, new>'   (started 03:51 UTC; got the lock at about 03:53)
strace (JDK 17), n = 1000 and 2000:
strace -f -c -o strace-tlsStream-<n>.txt /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/net15-ab3.jar 'TlsHandshakeBenchmark.tlsStream$' -f 0 -bm ss -wi 1 -wbs 100 -i 1 -bs <n>
  strace-per-handshake.txt: (n=2000 - n=1000) / 1000 for SSLSocket and ours at 07228a0 and 947f440 (files in ../2026-12-07-947f440-handshake-jdk17/) and ours at 485287c (here)
Throughput: the first line of each .command (the flock shown there was the outer one); jars built with mvn -B -q -o -pl benchmarks -am package -DskipTests at 07228a0 and 485287c.
