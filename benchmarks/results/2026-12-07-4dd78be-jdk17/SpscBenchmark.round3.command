java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/SpscBenchmark.round3.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.22 2.66 2.39 (22:16) before, 2.10 2.42 2.33 (22:17) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 80 ns (samples, sorted: 79 79 79 79 80 80 82 82 88 ns; 9 x 200 ms) before; median 389 ns (samples, sorted: 381 384 385 389 389 392 395 395 399 ns; 9 x 200 ms) after
