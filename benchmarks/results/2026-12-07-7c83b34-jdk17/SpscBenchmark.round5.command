java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/SpscBenchmark.round5.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.89 2.30 2.30 (21:37) before, 1.89 2.19 2.26 (21:39) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 56 ns (samples, sorted: 55 55 56 56 56 56 57 59 77 ns; 9 x 200 ms) before; median 66 ns (samples, sorted: 56 56 57 64 66 68 69 69 71 ns; 9 x 200 ms) after
