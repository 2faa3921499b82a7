java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/RendezvousPingPongBenchmark.round4.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.64 2.77 2.40 (21:26) before, 2.48 2.59 2.35 (21:27) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 419 ns (samples, sorted: 417 417 418 419 419 420 426 430 438 ns; 9 x 200 ms) before; median 59 ns (samples, sorted: 57 58 58 58 59 60 61 61 65 ns; 9 x 200 ms) after
