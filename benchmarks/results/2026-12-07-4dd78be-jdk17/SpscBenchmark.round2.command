java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/SpscBenchmark.round2.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.65 2.40 2.24 (22:08) before, 1.95 2.22 2.19 (22:09) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 63 ns (samples, sorted: 61 61 62 62 63 63 64 65 66 ns; 9 x 200 ms) before; median 421 ns (samples, sorted: 406 412 419 420 421 423 423 424 425 ns; 9 x 200 ms) after
