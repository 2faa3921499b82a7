java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 2 -rf json -rff benchmarks/results/2026-12-07-3914e81-jdk17/MpmcBenchmark.json
commit: 3914e81fb8c70335e14d1f152fd23017d7064664
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.87 2.54 2.28 (10:42) before, 4.08 3.02 2.48 (10:44) after; 2 shared vCPUs, other helpers building and testing
