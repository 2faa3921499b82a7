java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-d7a40c9-jdk17/TlsHandshakeBenchmark.json
commit: d7a40c94b1cdd44a31cf7263dfbfe651b0a10ea6
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 0.61 2.69 3.90 (12:51) before, 1.80 2.15 3.21 (12:58) after; quiet machine: nothing else running (the lead's publication run)
