/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/SpscBenchmark.round2.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.01 2.50 2.29 (22:10) before, 2.32 2.37 2.27 (22:13) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 54 ns (samples, sorted: 53 53 53 54 54 54 54 54 56 ns; 9 x 200 ms) before; median 409 ns (samples, sorted: 406 407 408 408 409 410 411 411 415 ns; 9 x 200 ms) after
