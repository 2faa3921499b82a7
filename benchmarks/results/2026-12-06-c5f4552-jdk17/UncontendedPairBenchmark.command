java -jar benchmarks/target/benchmarks.jar UncontendedPairBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-c5f4552-jdk17/UncontendedPairBenchmark.json
commit: c5f45520c9e28adbcac514a63eb95f5a8aa36b29
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.72 2.65 6.33 (22:47) before, 1.75 2.39 6.05 (22:48) after; 2 shared vCPUs, other helpers building and testing
