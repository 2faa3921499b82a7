Issue 15 item 2: system calls per TCP ping-pong round trip (64 B, both ends in one JVM), virtual threads, JDK 25, ours (socketStream) vs a blocking SocketChannel; strace-per-round-trip.txt = (n=40 - n=20) x 256 round trips / (20 x 256).
flock /tmp/bench.lock /tmp/net15/pp.sh, which ran for m in socketStream blockingSocketChannel, n in 20 40:
strace -f -c -o strace-<m>-<n>.txt /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/net15-ab3.jar "TcpPingPongBenchmark.<m>$" -p threads=virtual -f 0 -bm ss -wi 1 -wbs 20 -i 1 -bs <n>
jar: 485287c (mvn -B -q -o -pl benchmarks -am package -DskipTests)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load: 2 shared vCPUs, other helpers building and testing (about 3-4, 04:00-04:02 UTC)
