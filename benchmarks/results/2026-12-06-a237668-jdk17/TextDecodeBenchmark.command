java -jar benchmarks/target/benchmarks.jar TextDecodeBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-a237668-jdk17/TextDecodeBenchmark.json
commit: a2376685351a194903133d144755d1dd8abc62d0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 6.41 2.47 0.93 (21:13) before, 4.78 2.81 1.16 (21:14) after; 2 shared vCPUs, other helpers building and testing
