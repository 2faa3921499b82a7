/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/SpscBenchmark.round2.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.66 2.12 1.97 (18:34) before, 1.85 1.99 1.94 (18:37) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 59 ns (samples, sorted: 57 57 58 59 59 60 60 60 68 ns; 9 x 200 ms) before; median 76 ns (samples, sorted: 74 75 76 76 76 77 77 78 79 ns; 9 x 200 ms) after
