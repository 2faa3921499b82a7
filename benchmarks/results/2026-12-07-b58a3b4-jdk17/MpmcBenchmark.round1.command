java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/MpmcBenchmark.round1.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.74 1.58 1.61 (18:21) before, 3.11 1.99 1.75 (18:22) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 477 ns (samples, sorted: 469 470 471 473 477 482 484 492 498 ns; 9 x 200 ms) before; median 491 ns (samples, sorted: 101 486 486 489 491 499 499 503 520 ns; 9 x 200 ms) after
