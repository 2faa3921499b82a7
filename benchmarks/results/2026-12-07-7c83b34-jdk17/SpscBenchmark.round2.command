java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/SpscBenchmark.round2.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.95 2.10 1.98 (21:06) before, 1.92 2.06 1.99 (21:08) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 428 ns (samples, sorted: 421 425 425 426 428 434 434 437 450 ns; 9 x 200 ms) before; median 81 ns (samples, sorted: 79 80 80 80 81 81 81 81 82 ns; 9 x 200 ms) after
