/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/SpscBenchmark.round1.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.55 2.42 2.23 (22:02) before, 2.01 2.17 2.16 (22:05) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 77 ns (samples, sorted: 77 77 77 77 77 77 78 78 80 ns; 9 x 200 ms) before; median 442 ns (samples, sorted: 436 438 441 441 442 444 444 446 452 ns; 9 x 200 ms) after
