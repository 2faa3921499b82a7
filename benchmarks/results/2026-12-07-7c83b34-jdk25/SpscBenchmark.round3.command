/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/SpscBenchmark.round3.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.88 2.33 2.23 (21:21) before, 1.90 2.14 2.17 (21:23) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 426 ns (samples, sorted: 78 79 80 97 426 433 438 440 442 ns; 9 x 200 ms) before; median 429 ns (samples, sorted: 424 426 427 427 429 430 435 436 443 ns; 9 x 200 ms) after
