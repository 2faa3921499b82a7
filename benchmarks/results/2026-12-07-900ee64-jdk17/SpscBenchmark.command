java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-900ee64-jdk17/SpscBenchmark.json
commit: 900ee6409a200318fd4cfe850ee9b595d4b801fa
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.01 1.87 2.09 (16:01) before, 1.76 1.81 2.03 (16:03) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 206 ns (samples, sorted: 42 43 43 43 206 365 366 373 374 ns; 9 x 200 ms) before; median 45 ns (samples, sorted: 44 44 45 45 45 45 45 46 48 ns; 9 x 200 ms) after
