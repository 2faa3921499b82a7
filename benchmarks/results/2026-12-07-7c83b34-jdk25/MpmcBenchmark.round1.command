/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/MpmcBenchmark.round1.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.97 1.91 1.90 (21:03) before, 2.55 2.20 2.01 (21:05) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 79 ns (samples, sorted: 75 76 78 79 79 79 80 80 83 ns; 9 x 200 ms) before; median 72 ns (samples, sorted: 69 70 70 71 72 72 72 74 77 ns; 9 x 200 ms) after
