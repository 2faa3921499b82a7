java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -f 1 -i 5 -prof gc -wi 6 -w 2s -r 2s -rf json -rff benchmarks/results/2026-12-06-c5f4552-jdk17/TlsPingPongBenchmark.json
commit: c5f45520c9e28adbcac514a63eb95f5a8aa36b29
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.75 2.39 6.05 (22:48) before, 1.29 2.13 5.71 (22:49) after; 2 shared vCPUs, other helpers building and testing
