java -jar benchmarks/target/benchmarks.jar UncontendedPairBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-900ee64-jdk17/UncontendedPairBenchmark.json
commit: 900ee6409a200318fd4cfe850ee9b595d4b801fa (with uncommitted changes)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.62 2.30 2.21 (16:22) before, 1.20 1.94 2.08 (16:23) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 44 ns (samples, sorted: 44 44 44 44 44 44 45 45 45 ns; 9 x 200 ms) before; median 44 ns (samples, sorted: 43 43 44 44 44 44 44 44 44 ns; 9 x 200 ms) after
