java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/MpmcBenchmark.round5.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.89 2.19 2.26 (21:39) before, 2.92 2.41 2.33 (21:40) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 59 ns (samples, sorted: 55 56 57 58 59 60 61 68 71 ns; 9 x 200 ms) before; median 55 ns (samples, sorted: 55 55 55 55 55 56 58 58 62 ns; 9 x 200 ms) after
