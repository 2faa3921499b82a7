java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -p threads=platform -rf json -rff benchmarks/results/2026-12-06-c039359-jdk17/MpmcBenchmark.json
commit: c0393595dd7ec772b5768780c5d537c5de8372be
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.70 3.54 3.97 (23:14) before, 4.47 3.84 4.02 (23:16) after; quiet machine (lead's CI run finished), 2 vCPUs
