java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/SpscBenchmark.round5.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.82 2.53 2.47 (22:32) before, 2.07 2.34 2.40 (22:33) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 59 ns (samples, sorted: 56 58 58 59 59 60 61 61 61 ns; 9 x 200 ms) before; median 90 ns (samples, sorted: 73 73 73 76 90 461 472 474 478 ns; 9 x 200 ms) after
