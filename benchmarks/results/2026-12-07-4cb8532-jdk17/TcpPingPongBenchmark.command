java -jar benchmarks/target/benchmarks.jar TcpPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-4cb8532-jdk17/TcpPingPongBenchmark.json
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.12 1.45 2.61 (07:27) before, 1.05 1.38 2.52 (07:28) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
