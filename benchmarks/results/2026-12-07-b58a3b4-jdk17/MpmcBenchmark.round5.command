java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/MpmcBenchmark.round5.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.87 2.26 2.24 (19:03) before, 3.76 2.69 2.39 (19:04) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 65 ns (samples, sorted: 61 62 63 64 65 65 66 67 71 ns; 9 x 200 ms) before; median 470 ns (samples, sorted: 454 458 458 461 470 473 479 481 483 ns; 9 x 200 ms) after
