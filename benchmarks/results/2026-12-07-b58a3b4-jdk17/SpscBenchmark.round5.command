java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/SpscBenchmark.round5.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.97 2.39 2.28 (19:01) before, 1.87 2.26 2.24 (19:03) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 72 ns (samples, sorted: 69 70 71 72 72 72 73 73 74 ns; 9 x 200 ms) before; median 80 ns (samples, sorted: 75 76 79 80 80 80 81 81 82 ns; 9 x 200 ms) after
