/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar UncontendedPairBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-900ee64-jdk25/UncontendedPairBenchmark.json
commit: 900ee6409a200318fd4cfe850ee9b595d4b801fa (with uncommitted changes)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.88 2.77 2.33 (16:20) before, 1.62 2.30 2.21 (16:22) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 372 ns (samples, sorted: 362 368 368 370 372 372 373 373 376 ns; 9 x 200 ms) before; median 44 ns (samples, sorted: 43 43 44 44 44 44 44 44 44 ns; 9 x 200 ms) after
