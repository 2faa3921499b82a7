java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/MpmcBenchmark.round4.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.23 2.26 2.16 (18:52) before, 3.70 2.68 2.32 (18:54) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 437 ns (samples, sorted: 424 425 426 428 437 443 452 454 505 ns; 9 x 200 ms) before; median 424 ns (samples, sorted: 419 421 422 423 424 425 428 429 437 ns; 9 x 200 ms) after
