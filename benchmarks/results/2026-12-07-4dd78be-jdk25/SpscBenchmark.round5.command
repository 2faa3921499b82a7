/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-4dd78be-jdk25/SpscBenchmark.round5.json
commit: 4dd78be19b4264dab0f5e5172cf840b6b66bada0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.72 2.76 2.54 (22:35) before, 2.23 2.49 2.47 (22:37) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 63 ns (samples, sorted: 61 62 62 62 63 63 64 65 66 ns; 9 x 200 ms) before; median 438 ns (samples, sorted: 431 436 437 438 438 439 440 444 454 ns; 9 x 200 ms) after
