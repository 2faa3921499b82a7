/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/SpscBenchmark.round3.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.86 2.27 2.13 (18:45) before, 1.97 2.08 2.07 (18:47) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 61 ns (samples, sorted: 58 58 58 58 61 63 65 66 70 ns; 9 x 200 ms) before; median 59 ns (samples, sorted: 56 56 56 58 59 61 64 65 65 ns; 9 x 200 ms) after
