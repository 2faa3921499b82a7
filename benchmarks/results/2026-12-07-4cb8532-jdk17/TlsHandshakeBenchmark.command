java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-4cb8532-jdk17/TlsHandshakeBenchmark.json
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.31 1.83 1.90 (08:01) before, 1.88 1.89 1.91 (08:06) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
