java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/SpscBenchmark.round3.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.42 2.33 2.09 (18:40) before, 1.90 2.18 2.05 (18:42) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 408 ns (samples, sorted: 66 66 66 70 408 412 419 426 428 ns; 9 x 200 ms) before; median 77 ns (samples, sorted: 76 77 77 77 77 78 78 79 79 ns; 9 x 200 ms) after
