java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/MpmcBenchmark.round3.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.10 2.42 2.33 (22:17) before, 3.55 2.78 2.46 (22:18) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 396 ns (samples, sorted: 392 392 395 396 396 397 399 401 407 ns; 9 x 200 ms) before; median 55 ns (samples, sorted: 54 55 55 55 55 56 56 56 57 ns; 9 x 200 ms) after
