java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/RendezvousPingPongBenchmark.round3.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.07 2.41 2.10 (18:40) before, 2.42 2.33 2.09 (18:40) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 78 ns (samples, sorted: 76 76 76 77 78 83 83 83 84 ns; 9 x 200 ms) before; median 64 ns (samples, sorted: 62 62 62 62 64 66 68 71 71 ns; 9 x 200 ms) after
