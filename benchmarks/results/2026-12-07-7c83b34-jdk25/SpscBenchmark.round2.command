/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/SpscBenchmark.round2.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.98 2.33 2.13 (21:11) before, 2.03 2.22 2.11 (21:13) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 68 ns (samples, sorted: 67 67 67 67 68 68 68 70 70 ns; 9 x 200 ms) before; median 63 ns (samples, sorted: 61 62 62 62 63 63 64 65 65 ns; 9 x 200 ms) after
