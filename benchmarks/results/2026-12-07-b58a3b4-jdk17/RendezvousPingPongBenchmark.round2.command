java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk17/RendezvousPingPongBenchmark.round2.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.30 2.37 1.95 (18:29) before, 2.20 2.22 1.92 (18:30) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 386 ns (samples, sorted: 378 380 384 384 386 386 387 387 392 ns; 9 x 200 ms) before; median 104 ns (samples, sorted: 74 75 76 77 104 486 490 524 663 ns; 9 x 200 ms) after
