java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/MpmcBenchmark.round4.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.23 2.58 2.46 (22:25) before, 3.30 2.80 2.55 (22:26) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 81 ns (samples, sorted: 63 79 80 80 81 81 81 82 84 ns; 9 x 200 ms) before; median 69 ns (samples, sorted: 67 67 68 69 69 70 76 76 79 ns; 9 x 200 ms) after
