/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/MpmcBenchmark.round2.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.85 1.99 1.94 (18:37) before, 3.07 2.41 2.10 (18:40) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 460 ns (samples, sorted: 83 124 126 185 460 463 466 468 522 ns; 9 x 200 ms) before; median 81 ns (samples, sorted: 78 79 80 81 81 82 82 83 84 ns; 9 x 200 ms) after
