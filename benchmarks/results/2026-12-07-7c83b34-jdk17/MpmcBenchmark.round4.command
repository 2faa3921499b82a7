java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/MpmcBenchmark.round4.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.88 2.35 2.29 (21:28) before, 3.49 2.70 2.41 (21:30) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 81 ns (samples, sorted: 79 80 80 80 81 81 81 82 82 ns; 9 x 200 ms) before; median 72 ns (samples, sorted: 71 71 71 71 72 72 72 73 73 ns; 9 x 200 ms) after
