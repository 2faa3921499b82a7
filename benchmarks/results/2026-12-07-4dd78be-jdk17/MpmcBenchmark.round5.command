java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/MpmcBenchmark.round5.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.07 2.34 2.40 (22:33) before, 3.72 2.76 2.54 (22:35) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 68 ns (samples, sorted: 66 67 67 67 68 69 70 99 455 ns; 9 x 200 ms) before; median 58 ns (samples, sorted: 57 57 57 57 58 58 58 58 65 ns; 9 x 200 ms) after
