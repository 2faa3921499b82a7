java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/SpscBenchmark.round4.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.05 2.25 2.15 (18:51) before, 2.23 2.26 2.16 (18:52) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 76 ns (samples, sorted: 69 72 73 76 76 78 81 83 94 ns; 9 x 200 ms) before; median 406 ns (samples, sorted: 401 401 401 402 406 406 408 408 409 ns; 9 x 200 ms) after
