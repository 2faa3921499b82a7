/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/MpmcBenchmark.round2.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.03 2.22 2.11 (21:13) before, 2.96 2.53 2.24 (21:16) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 81 ns (samples, sorted: 78 78 79 81 81 99 442 442 458 ns; 9 x 200 ms) before; median 418 ns (samples, sorted: 415 416 417 418 418 419 421 427 433 ns; 9 x 200 ms) after
