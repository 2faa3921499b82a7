java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk17/SpscBenchmark.round4.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.48 2.59 2.35 (21:27) before, 1.88 2.35 2.29 (21:28) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 63 ns (samples, sorted: 60 61 62 62 63 63 63 65 65 ns; 9 x 200 ms) before; median 442 ns (samples, sorted: 440 441 442 442 442 451 454 456 458 ns; 9 x 200 ms) after
