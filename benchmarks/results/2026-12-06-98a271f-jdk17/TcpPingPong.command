flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tcpwork/bench-old.jar TcpPingPong -p threads=platform -f 1 -wi 3 -w 1s -i 8 -r 1s -rf json -rff benchmarks/results/2026-12-06-98a271f-jdk17/TcpPingPong.json
commit 98a271f (streams-core before the hot receive wait) with benchmarks/src/main/java/dev/streams/benchmarks/net/TcpPingPongBenchmark.java from 33cbe3a added; the jar was built from that tree with: mvn -B -q -o -pl benchmarks -am package -DskipTests
openjdk version "17.0.15" 2025-04-15
machine: 2 cores shared with other helpers building and testing; load average before the run 12.08 16.22 15.27, after 11.10 14.68 15.01
