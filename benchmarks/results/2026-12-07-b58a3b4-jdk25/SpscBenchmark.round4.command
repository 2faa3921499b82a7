/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/SpscBenchmark.round4.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.90 2.36 2.24 (18:55) before, 1.91 2.18 2.18 (18:58) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 75 ns (samples, sorted: 74 75 75 75 75 76 76 77 77 ns; 9 x 200 ms) before; median 77 ns (samples, sorted: 70 70 73 73 77 77 77 77 78 ns; 9 x 200 ms) after
