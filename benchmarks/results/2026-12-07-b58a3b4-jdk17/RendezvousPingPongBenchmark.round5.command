java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/RendezvousPingPongBenchmark.round5.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.12 2.61 2.35 (19:00) before, 1.97 2.39 2.28 (19:01) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 71 ns (samples, sorted: 70 70 70 71 71 71 72 72 75 ns; 9 x 200 ms) before; median 79 ns (samples, sorted: 78 78 78 79 79 79 80 80 80 ns; 9 x 200 ms) after
