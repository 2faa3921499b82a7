/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-b58a3b4-jdk25/MpmcBenchmark.round3.json
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.97 2.08 2.07 (18:47) before, 2.64 2.35 2.18 (18:50) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 64 ns (samples, sorted: 60 62 62 63 64 64 64 65 69 ns; 9 x 200 ms) before; median 443 ns (samples, sorted: 66 66 73 440 443 443 447 450 450 ns; 9 x 200 ms) after
