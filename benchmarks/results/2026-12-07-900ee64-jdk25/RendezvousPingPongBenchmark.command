/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -rf json -rff benchmarks/results/2026-12-07-900ee64-jdk25/RendezvousPingPongBenchmark.json
commit: 900ee6409a200318fd4cfe850ee9b595d4b801fa
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.18 1.84 2.45 (15:49) before, 1.69 1.77 2.27 (15:54) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 49 ns (samples, sorted: 49 49 49 49 49 49 49 50 50 ns; 9 x 200 ms) before; median 59 ns (samples, sorted: 58 59 59 59 59 59 59 59 60 ns; 9 x 200 ms) after
