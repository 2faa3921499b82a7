java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/MpmcBenchmark.round3.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.90 2.18 2.05 (18:42) before, 3.32 2.55 2.20 (18:43) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 78 ns (samples, sorted: 74 75 75 77 78 78 80 80 80 ns; 9 x 200 ms) before; median 445 ns (samples, sorted: 438 442 442 443 445 446 448 451 456 ns; 9 x 200 ms) after
