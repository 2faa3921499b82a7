Issue 15, full TLS 1.3 handshakes: A/B of main (07228a0, "base") against this branch (dcf2095: loopback connect without the poller + listener-owned accept selector; 947f440: + hot receive waits on a selector per platform thread). Jars built with `mvn -B -q -o -pl benchmarks -am package -DskipTests` at each commit and copied to /tmp/net15-base.jar, /tmp/net15-ab1.jar (dcf2095), /tmp/net15-ab2.jar (947f440).

Throughput (each JSON has its .command with the load; .txt is the JMH output):
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar <jar> 'TlsHandshakeBenchmark.(tlsStream|sslSocket)$' -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff TlsHandshakeBenchmark-<label>.json
  Loaded machine (load average 4-10 on 2 vCPUs, two other helpers building, testing and benchmarking): forks are bimodal, so these ratios are weak evidence; the system-call counts below do not depend on the load.

System calls per handshake (both ends in one JVM), strace-per-handshake.txt computed from the strace-<commit>-<method>-<n>.txt files as (calls at n=2000 - calls at n=1000) / 1000:
for jar in base ab2; for m in tlsStream sslSocket; for n in 1000 2000:
flock /tmp/bench.lock strace -f -c -o strace-<m>-<n>.txt /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/net15-<jar>.jar "TlsHandshakeBenchmark.<m>$" -f 0 -bm ss -wi 1 -wbs 100 -i 1 -bs <n>
  (single-shot, batch of n calls after a warm-up batch of 100; one flock around all eight runs)

Futex calls per thread (which thread makes the remaining hand-offs), 947f440, 1100 handshakes:
flock /tmp/bench.lock strace -f -e trace=futex,prctl -o futex.txt /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/net15-ab2.jar 'TlsHandshakeBenchmark.tlsStream$' -f 0 -bm ss -wi 1 -wbs 100 -i 1 -bs 1000
  counted per thread id, names from PR_SET_NAME: streams-tls-handshake-timer 6063, the JMH thread 3432, C1/C2 compilers 2848/2222, the server thread (bench-worker-1) 2041, everything else < 610.

Idle connections (one descriptor per idle connection, heap), 947f440:
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/net15-ab2.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000 > IdleConnectionsHarness-947f440.txt
  load 5.26 5.33 4.38 (03:27 UTC) before, 7.03 4.72 4.29 (03:34) after.
jdk: openjdk version "17.0.15" 2025-04-15
