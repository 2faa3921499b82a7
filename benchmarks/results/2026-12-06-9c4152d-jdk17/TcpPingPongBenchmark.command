flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TcpPingPongBenchmark -p threads=platform -f 1 -wi 3 -w 1s -i 8 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-9c4152d-jdk17/TcpPingPongBenchmark.json
commit 9c4152d (jar built from it with mvn -B -q -o -pl benchmarks -am package -DskipTests and copied aside while the run waited for the lock)
openjdk version "17.0.15" 2025-04-15
machine: 2 cores shared with other helpers building and testing; load average before the run 29.90 26.04 19.95, after 22.10 23.79 20.26
