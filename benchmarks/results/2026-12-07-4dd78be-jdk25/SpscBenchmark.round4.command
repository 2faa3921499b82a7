/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/SpscBenchmark.round4.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.30 2.80 2.55 (22:26) before, 1.89 2.38 2.43 (22:29) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 70 ns (samples, sorted: 69 69 70 70 70 71 71 71 72 ns; 9 x 200 ms) before; median 428 ns (samples, sorted: 111 425 426 426 428 429 432 433 433 ns; 9 x 200 ms) after
