java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/MpmcBenchmark.round2.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.95 2.22 2.19 (22:09) before, 3.01 2.50 2.29 (22:10) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 60 ns (samples, sorted: 55 56 58 58 60 233 415 418 422 ns; 9 x 200 ms) before; median 57 ns (samples, sorted: 55 55 55 56 57 57 57 57 58 ns; 9 x 200 ms) after
