java -jar benchmarks/target/benchmarks.jar SpscBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-a237668-jdk17/SpscBenchmark.json
commit: a2376685351a194903133d144755d1dd8abc62d0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 0.64 0.24 0.09 (21:10) before, 1.56 0.62 0.23 (21:11) after; 2 shared vCPUs, other helpers building and testing
