java -jar benchmarks/target/benchmarks.jar UncontendedPairBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-4cb8532-jdk17/UncontendedPairBenchmark.json
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.54 2.35 2.22 (07:53) before, 1.14 1.98 2.10 (07:54) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
