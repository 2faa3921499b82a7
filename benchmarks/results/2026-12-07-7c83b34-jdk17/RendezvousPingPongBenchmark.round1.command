java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/RendezvousPingPongBenchmark.round1.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.47 1.71 1.84 (20:55) before, 1.39 1.67 1.82 (20:56) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 411 ns (samples, sorted: 400 408 408 410 411 411 412 438 482 ns; 9 x 200 ms) before; median 59 ns (samples, sorted: 56 56 56 58 59 61 63 64 65 ns; 9 x 200 ms) after
