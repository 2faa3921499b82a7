/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/MpmcBenchmark.round4.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.89 2.38 2.43 (22:29) before, 2.82 2.53 2.47 (22:32) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 65 ns (samples, sorted: 55 60 63 65 65 68 69 69 70 ns; 9 x 200 ms) before; median 66 ns (samples, sorted: 65 65 65 66 66 66 66 69 70 ns; 9 x 200 ms) after
