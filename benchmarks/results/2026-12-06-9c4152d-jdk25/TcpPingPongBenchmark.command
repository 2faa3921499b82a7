flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TcpPingPongBenchmark  -f 1 -wi 3 -w 1s -i 8 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-9c4152d-jdk25/TcpPingPongBenchmark.json
commit 9c4152d (jar built from it with mvn -B -q -o -pl benchmarks -am package -DskipTests and copied aside while the run waited for the lock)
openjdk version "25.0.3" 2026-04-21 LTS
machine: 2 cores shared with other helpers building and testing; load average before the run 22.10 23.79 20.26, after 20.69 24.96 22.00
