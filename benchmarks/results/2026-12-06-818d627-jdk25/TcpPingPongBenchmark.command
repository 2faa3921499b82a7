/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TcpPingPongBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-818d627-jdk25/TcpPingPongBenchmark.json
commit: 818d6271b53b291258c8801bdcb668fc3377c238
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.79 2.33 4.67 (22:55) before, 2.77 2.34 4.59 (22:55) after; 2 shared vCPUs, other helpers building and testing
