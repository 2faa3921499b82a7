java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -rf json -rff benchmarks/results/2026-12-06-a237668-jdk17/MpmcBenchmark.json
commit: a2376685351a194903133d144755d1dd8abc62d0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.93 0.82 0.31 (21:11) before, 4.85 1.60 0.59 (21:12) after; 2 shared vCPUs, other helpers building and testing
