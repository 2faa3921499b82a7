java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/MpmcBenchmark.round2.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.92 2.06 1.99 (21:08) before, 3.83 2.61 2.19 (21:09) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 80 ns (samples, sorted: 79 79 80 80 80 81 81 83 83 ns; 9 x 200 ms) before; median 438 ns (samples, sorted: 427 430 431 437 438 439 440 444 445 ns; 9 x 200 ms) after
