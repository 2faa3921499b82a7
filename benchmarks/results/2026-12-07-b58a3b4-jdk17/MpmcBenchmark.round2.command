java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/MpmcBenchmark.round2.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.84 2.10 1.90 (18:31) before, 3.03 2.40 2.03 (18:33) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 58 ns (samples, sorted: 57 57 57 57 58 58 59 61 62 ns; 9 x 200 ms) before; median 72 ns (samples, sorted: 71 71 71 72 72 72 73 73 74 ns; 9 x 200 ms) after
