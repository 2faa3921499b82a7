java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/MpmcBenchmark.round3.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.01 2.22 2.16 (21:18) before, 3.59 2.65 2.31 (21:19) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 76 ns (samples, sorted: 74 74 75 76 76 77 78 81 82 ns; 9 x 200 ms) before; median 436 ns (samples, sorted: 431 431 433 434 436 441 443 453 457 ns; 9 x 200 ms) after
