/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/MpmcBenchmark.round3.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.16 2.46 2.38 (22:21) before, 3.29 2.80 2.52 (22:24) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 62 ns (samples, sorted: 58 59 59 62 62 62 64 64 65 ns; 9 x 200 ms) before; median 60 ns (samples, sorted: 56 57 59 60 60 61 63 65 72 ns; 9 x 200 ms) after
