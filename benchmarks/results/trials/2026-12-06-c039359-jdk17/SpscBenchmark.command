java -jar benchmarks/target/benchmarks.jar SpscBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -rf json -rff benchmarks/results/2026-12-06-c039359-jdk17/SpscBenchmark.json
commit: c0393595dd7ec772b5768780c5d537c5de8372be
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.14 3.45 3.84 (23:19) before, 2.30 3.15 3.71 (23:20) after; quiet machine (lead's CI run finished), 2 vCPUs
