java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/SpscBenchmark.round2.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.20 2.22 1.92 (18:30) before, 1.84 2.10 1.90 (18:31) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 404 ns (samples, sorted: 385 394 401 402 404 410 440 478 482 ns; 9 x 200 ms) before; median 77 ns (samples, sorted: 70 70 71 73 77 78 79 79 355 ns; 9 x 200 ms) after
