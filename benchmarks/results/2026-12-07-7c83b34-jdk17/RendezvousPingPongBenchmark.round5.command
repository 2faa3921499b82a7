java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/RendezvousPingPongBenchmark.round5.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.93 2.52 2.36 (21:36) before, 1.89 2.30 2.30 (21:37) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 388 ns (samples, sorted: 383 385 387 387 388 388 391 393 415 ns; 9 x 200 ms) before; median 102 ns (samples, sorted: 75 77 77 78 102 433 434 436 437 ns; 9 x 200 ms) after
