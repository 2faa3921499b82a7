java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/SpscBenchmark.round1.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.41 1.50 1.59 (18:19) before, 1.74 1.58 1.61 (18:21) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 74 ns (samples, sorted: 73 73 74 74 74 75 76 79 80 ns; 9 x 200 ms) before; median 91 ns (samples, sorted: 84 85 86 88 91 91 93 95 98 ns; 9 x 200 ms) after
