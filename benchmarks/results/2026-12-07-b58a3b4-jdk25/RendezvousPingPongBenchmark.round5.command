/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/RendezvousPingPongBenchmark.round5.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.76 2.69 2.39 (19:04) before, 2.10 2.41 2.32 (19:06) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 411 ns (samples, sorted: 404 405 406 408 411 413 423 451 453 ns; 9 x 200 ms) before; median 72 ns (samples, sorted: 71 71 71 71 72 72 72 72 73 ns; 9 x 200 ms) after
