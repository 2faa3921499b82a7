/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/MpmcBenchmark.round1.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.01 2.17 2.16 (22:05) before, 2.65 2.40 2.24 (22:08) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 434 ns (samples, sorted: 425 430 430 434 434 435 435 437 439 ns; 9 x 200 ms) before; median 76 ns (samples, sorted: 75 75 76 76 76 76 77 77 77 ns; 9 x 200 ms) after
