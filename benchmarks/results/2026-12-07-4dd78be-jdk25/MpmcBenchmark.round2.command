/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/MpmcBenchmark.round2.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.32 2.37 2.27 (22:13) before, 3.22 2.66 2.39 (22:16) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 408 ns (samples, sorted: 403 404 407 408 408 409 410 414 423 ns; 9 x 200 ms) before; median 79 ns (samples, sorted: 79 79 79 79 79 79 80 80 80 ns; 9 x 200 ms) after
