Idle TLS connections, JDK 17 (openjdk version "17.0.15" 2025-04-15), one run per jar, 2 000 connections, the server's heap and descriptors with every connection idle:
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp <jar> dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000 > IdleConnectionsHarness-<commit>.txt
  07228a0 (main): 13.0 KiB, 2 013 descriptors; load 4.63 3.98 3.51 (04:13 UTC) before, 7.48 4.73 3.77 (04:14) after
  1588802 (thread selectors; the thread's last key kept its closed selector reachable): 13.9 KiB, 2 015 descriptors; load 3.04 3.50 3.30 (04:11) before, 5.05 3.90 3.44 (04:12) after
  d4c3261 (release() drops that key): 13.2 KiB, 2 015 descriptors; load 5.66 4.59 3.76 (04:14) before, 7.52 5.11 3.95 (04:15) after
  (the 947f440 run in ../2026-12-07-947f440-handshake-jdk17/ gave 14.0 KiB, the same leak)
Jars built with mvn -B -q -o -pl benchmarks -am package -DskipTests at each commit. 2 shared vCPUs, other helpers building and testing.
