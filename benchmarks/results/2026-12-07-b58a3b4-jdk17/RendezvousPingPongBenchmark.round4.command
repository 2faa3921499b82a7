java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/RendezvousPingPongBenchmark.round4.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.64 2.35 2.18 (18:50) before, 2.05 2.25 2.15 (18:51) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 71 ns (samples, sorted: 67 67 69 70 71 72 72 72 76 ns; 9 x 200 ms) before; median 65 ns (samples, sorted: 48 63 64 65 65 66 67 67 69 ns; 9 x 200 ms) after
