java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/SpscBenchmark.round1.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.39 1.67 1.82 (20:56) before, 1.75 1.71 1.82 (20:57) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 77 ns (samples, sorted: 77 77 77 77 77 77 78 78 78 ns; 9 x 200 ms) before; median 79 ns (samples, sorted: 79 79 79 79 79 79 79 80 81 ns; 9 x 200 ms) after
