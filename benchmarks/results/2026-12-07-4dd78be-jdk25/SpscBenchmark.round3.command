/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/SpscBenchmark.round3.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.55 2.78 2.46 (22:18) before, 2.16 2.46 2.38 (22:21) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 73 ns (samples, sorted: 55 56 56 57 73 77 79 79 80 ns; 9 x 200 ms) before; median 436 ns (samples, sorted: 431 432 434 436 436 437 439 442 444 ns; 9 x 200 ms) after
