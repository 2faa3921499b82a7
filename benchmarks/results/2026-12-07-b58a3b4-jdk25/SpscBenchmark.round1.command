/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/SpscBenchmark.round1.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.69 1.82 1.71 (18:24) before, 1.79 1.78 1.71 (18:26) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 88 ns (samples, sorted: 85 86 86 87 88 90 91 91 105 ns; 9 x 200 ms) before; median 56 ns (samples, sorted: 54 55 56 56 56 57 58 59 60 ns; 9 x 200 ms) after
