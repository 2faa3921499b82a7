/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/RendezvousPingPongBenchmark.round1.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.11 1.99 1.75 (18:22) before, 1.69 1.82 1.71 (18:24) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 80 ns (samples, sorted: 79 79 80 80 80 80 82 83 83 ns; 9 x 200 ms) before; median 463 ns (samples, sorted: 452 454 456 461 463 463 464 471 475 ns; 9 x 200 ms) after
