java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -f 1 -w 1s -i 5 -r 1s -prof gc -wi 6 -rf json -rff benchmarks/results/2026-12-06-a237668-jdk17/TlsHandshakeBenchmark.json
commit: a2376685351a194903133d144755d1dd8abc62d0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 18.43 16.18 10.48 (21:28) before, 19.64 16.79 10.93 (21:29) after; 2 shared vCPUs, other helpers building and testing
