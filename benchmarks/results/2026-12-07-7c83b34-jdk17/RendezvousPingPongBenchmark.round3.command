java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/RendezvousPingPongBenchmark.round3.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.96 2.53 2.24 (21:16) before, 1.94 2.31 2.18 (21:17) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 70 ns (samples, sorted: 68 68 68 70 70 71 71 73 75 ns; 9 x 200 ms) before; median 72 ns (samples, sorted: 71 71 72 72 72 72 73 74 74 ns; 9 x 200 ms) after
