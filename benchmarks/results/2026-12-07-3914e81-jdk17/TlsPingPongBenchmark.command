java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-3914e81-jdk17/TlsPingPongBenchmark.json
commit: 3914e81fb8c70335e14d1f152fd23017d7064664
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.19 2.01 2.18 (10:47) before, 1.11 1.48 1.92 (10:51) after; 2 shared vCPUs, other helpers building and testing
