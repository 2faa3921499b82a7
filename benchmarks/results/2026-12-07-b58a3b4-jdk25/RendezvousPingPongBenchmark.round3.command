/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/RendezvousPingPongBenchmark.round3.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.32 2.55 2.20 (18:43) before, 1.86 2.27 2.13 (18:45) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 71 ns (samples, sorted: 70 71 71 71 71 72 72 73 73 ns; 9 x 200 ms) before; median 78 ns (samples, sorted: 70 76 78 78 78 78 79 79 79 ns; 9 x 200 ms) after
