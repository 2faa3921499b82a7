java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -p threads=platform -rf json -rff benchmarks/results/2026-12-06-c5f4552-jdk17/MpmcBenchmark.json
commit: c5f45520c9e28adbcac514a63eb95f5a8aa36b29
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.10 2.35 6.90 (22:45) before, 3.52 2.78 6.45 (22:47) after; 2 shared vCPUs, other helpers building and testing
