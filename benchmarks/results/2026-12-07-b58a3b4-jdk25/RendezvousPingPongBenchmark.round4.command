/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/RendezvousPingPongBenchmark.round4.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.70 2.68 2.32 (18:54) before, 1.90 2.36 2.24 (18:55) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 457 ns (samples, sorted: 451 453 455 455 457 457 457 458 463 ns; 9 x 200 ms) before; median 449 ns (samples, sorted: 435 446 448 448 449 453 454 455 456 ns; 9 x 200 ms) after
