java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/RendezvousPingPongBenchmark.round1.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.45 1.50 1.59 (18:19) before, 1.41 1.50 1.59 (18:19) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 69 ns (samples, sorted: 62 64 64 66 69 70 70 73 77 ns; 9 x 200 ms) before; median 76 ns (samples, sorted: 41 67 74 75 76 77 77 78 91 ns; 9 x 200 ms) after
