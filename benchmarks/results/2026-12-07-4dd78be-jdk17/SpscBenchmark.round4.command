java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/SpscBenchmark.round4.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.29 2.80 2.52 (22:24) before, 2.23 2.58 2.46 (22:25) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 459 ns (samples, sorted: 70 75 76 218 459 459 460 471 475 ns; 9 x 200 ms) before; median 67 ns (samples, sorted: 62 65 66 66 67 194 395 396 396 ns; 9 x 200 ms) after
