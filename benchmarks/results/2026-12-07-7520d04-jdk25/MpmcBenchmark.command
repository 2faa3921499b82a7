/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-7520d04-jdk25/MpmcBenchmark.json
commit: 7520d04b33ab4f37d06bce65cd76aed9d3e54e7c
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 0.62 1.26 1.71 (16:33) before, 3.13 2.46 2.10 (16:38) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 45 ns (samples, sorted: 45 45 45 45 45 45 45 45 46 ns; 9 x 200 ms) before; median 373 ns (samples, sorted: 369 369 370 372 373 373 374 380 385 ns; 9 x 200 ms) after
