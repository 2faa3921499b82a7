java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-900ee64-jdk17/RendezvousPingPongBenchmark.json
commit: 900ee6409a200318fd4cfe850ee9b595d4b801fa
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.69 1.77 2.27 (15:54) before, 1.27 1.62 2.15 (15:56) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 44 ns (samples, sorted: 44 44 44 44 44 45 45 46 53 ns; 9 x 200 ms) before; median 45 ns (samples, sorted: 44 44 44 44 45 45 46 46 47 ns; 9 x 200 ms) after
