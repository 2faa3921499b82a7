/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-900ee64-jdk25/SpscBenchmark.json
commit: 900ee6409a200318fd4cfe850ee9b595d4b801fa
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.27 1.62 2.15 (15:56) before, 2.01 1.87 2.09 (16:01) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 44 ns (samples, sorted: 42 42 43 43 44 44 45 45 45 ns; 9 x 200 ms) before; median 45 ns (samples, sorted: 44 44 44 44 45 46 47 49 52 ns; 9 x 200 ms) after
