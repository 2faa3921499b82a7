java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/SpscBenchmark.round1.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.75 1.89 2.07 (22:00) before, 2.12 1.95 2.07 (22:01) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 80 ns (samples, sorted: 79 79 79 80 80 80 81 83 83 ns; 9 x 200 ms) before; median 443 ns (samples, sorted: 70 72 188 434 443 446 448 448 451 ns; 9 x 200 ms) after
