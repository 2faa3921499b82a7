/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/MpmcBenchmark.round5.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.23 2.49 2.47 (22:37) before, 2.83 2.66 2.54 (22:40) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 428 ns (samples, sorted: 425 425 426 426 428 428 435 443 443 ns; 9 x 200 ms) before; median 69 ns (samples, sorted: 65 69 69 69 69 69 69 70 73 ns; 9 x 200 ms) after
