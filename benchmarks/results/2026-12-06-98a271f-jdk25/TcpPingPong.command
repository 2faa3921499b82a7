flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tcpwork/bench-old.jar TcpPingPong  -f 1 -wi 3 -w 1s -i 8 -r 1s -rf json -rff benchmarks/results/2026-12-06-98a271f-jdk25/TcpPingPong.json
commit 98a271f (streams-core before the hot receive wait) with benchmarks/src/main/java/dev/streams/benchmarks/net/TcpPingPongBenchmark.java from 33cbe3a added; the jar was built from that tree with: mvn -B -q -o -pl benchmarks -am package -DskipTests
openjdk version "25.0.3" 2026-04-21 LTS
machine: 2 cores shared with other helpers building and testing; load average before the run 11.10 14.68 15.01, after 16.42 15.30 15.18
