java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/SpscBenchmark.round3.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.94 2.31 2.18 (21:17) before, 2.01 2.22 2.16 (21:18) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 76 ns (samples, sorted: 71 73 74 75 76 77 77 77 78 ns; 9 x 200 ms) before; median 435 ns (samples, sorted: 71 71 75 92 435 437 439 441 450 ns; 9 x 200 ms) after
