java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 2 -rf json -rff benchmarks/results/2026-12-07-7520d04-jdk17/MpmcBenchmark.json
commit: 7520d04b33ab4f37d06bce65cd76aed9d3e54e7c
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.13 2.46 2.10 (16:38) before, 4.31 3.16 2.42 (16:41) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 366 ns (samples, sorted: 362 363 363 365 366 369 376 382 393 ns; 9 x 200 ms) before; median 44 ns (samples, sorted: 43 44 44 44 44 44 44 45 45 ns; 9 x 200 ms) after
