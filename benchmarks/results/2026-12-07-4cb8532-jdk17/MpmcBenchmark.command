java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 2 -rf json -rff benchmarks/results/2026-12-07-4cb8532-jdk17/MpmcBenchmark.json
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.10 2.49 2.18 (07:49) before, 3.87 2.90 2.37 (07:51) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
