/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/MpmcBenchmark.round1.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.79 1.78 1.71 (18:26) before, 3.30 2.37 1.95 (18:29) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 56 ns (samples, sorted: 55 56 56 56 56 57 57 58 58 ns; 9 x 200 ms) before; median 405 ns (samples, sorted: 397 399 399 401 405 406 414 421 443 ns; 9 x 200 ms) after
