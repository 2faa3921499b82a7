/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TcpPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -rf json -rff benchmarks/results/2026-12-07-4cb8532-jdk25/TcpPingPongBenchmark.json
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 0.71 1.55 2.78 (07:25) before, 1.12 1.45 2.61 (07:27) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
