java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-3914e81-jdk17/TlsHandshakeBenchmark.json
commit: 3914e81fb8c70335e14d1f152fd23017d7064664
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.69 1.67 1.89 (10:55) before, 2.08 1.87 1.92 (11:00) after; 2 shared vCPUs, other helpers building and testing
