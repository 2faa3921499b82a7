/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/SpscBenchmark.round5.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.10 2.41 2.32 (19:06) before, 2.01 2.20 2.25 (19:08) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 68 ns (samples, sorted: 66 66 66 68 68 69 69 69 70 ns; 9 x 200 ms) before; median 75 ns (samples, sorted: 73 74 74 74 75 75 75 75 76 ns; 9 x 200 ms) after
