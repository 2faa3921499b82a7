java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk17/MpmcBenchmark.round1.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.12 1.95 2.07 (22:01) before, 3.55 2.42 2.23 (22:02) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 442 ns (samples, sorted: 435 438 438 441 442 443 446 447 450 ns; 9 x 200 ms) before; median 57 ns (samples, sorted: 56 56 56 57 57 58 58 59 63 ns; 9 x 200 ms) after
