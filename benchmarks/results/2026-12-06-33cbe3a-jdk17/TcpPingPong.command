flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TcpPingPong -p threads=platform -f 1 -wi 3 -w 1s -i 8 -r 1s -rf json -rff benchmarks/results/2026-12-06-33cbe3a-jdk17/TcpPingPong.json
commit 33cbe3a
openjdk version "17.0.15" 2025-04-15
machine: 2 cores shared with other helpers building and testing; load average before the run 24.57 23.13 15.75, after 22.63 22.76 16.00
