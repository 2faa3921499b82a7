java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-4cb8532-jdk17/SpscBenchmark.json
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.77 1.53 1.89 (07:42) before, 1.79 1.59 1.87 (07:44) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
