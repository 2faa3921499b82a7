/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/RendezvousPingPongBenchmark.round2.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.03 2.40 2.03 (18:33) before, 1.66 2.12 1.97 (18:34) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 74 ns (samples, sorted: 71 73 73 74 74 74 74 75 83 ns; 9 x 200 ms) before; median 57 ns (samples, sorted: 56 56 57 57 57 58 58 60 63 ns; 9 x 200 ms) after
