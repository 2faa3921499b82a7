java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/RendezvousPingPongBenchmark.round2.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.55 2.20 2.01 (21:05) before, 1.95 2.10 1.98 (21:06) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 65 ns (samples, sorted: 62 63 64 64 65 68 69 73 74 ns; 9 x 200 ms) before; median 80 ns (samples, sorted: 79 79 80 80 80 81 81 81 81 ns; 9 x 200 ms) after
