flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TcpPingPong -f 1 -wi 3 -w 1s -i 8 -r 1s -rf json -rff benchmarks/results/2026-12-06-33cbe3a-jdk25/TcpPingPong.json
commit 33cbe3a
openjdk version "25.0.3" 2026-04-21 LTS
machine: 2 cores shared with other helpers building and testing; load average before the run 22.63 22.76 16.00, after 14.88 18.63 15.36
