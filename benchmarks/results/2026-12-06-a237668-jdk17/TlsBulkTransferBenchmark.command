java -jar benchmarks/target/benchmarks.jar TlsBulkTransferBenchmark -f 1 -w 1s -i 5 -r 1s -prof gc -wi 6 -rf json -rff benchmarks/results/2026-12-06-a237668-jdk17/TlsBulkTransferBenchmark.json
commit: a2376685351a194903133d144755d1dd8abc62d0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 18.25 15.72 9.94 (21:27) before, 18.43 16.18 10.48 (21:28) after; 2 shared vCPUs, other helpers building and testing
