java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -f 1 -w 1s -i 5 -r 1s -prof gc -wi 6 -rf json -rff benchmarks/results/2026-12-06-19ef32b-jdk17/TlsHandshakeBenchmark.json
commit: 19ef32be5021fbe6c2891a27d20b6e48286256b0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 15.06 21.66 21.19 (22:08) before, 19.10 20.25 20.64 (22:13) after; 2 shared vCPUs, other helpers building and testing
