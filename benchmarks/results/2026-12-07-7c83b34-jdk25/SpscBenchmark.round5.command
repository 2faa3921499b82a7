/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/SpscBenchmark.round5.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.90 2.20 2.26 (21:41) before, 1.89 2.02 2.18 (21:44) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 55 ns (samples, sorted: 53 53 54 54 55 55 55 57 61 ns; 9 x 200 ms) before; median 75 ns (samples, sorted: 75 75 75 75 75 75 75 76 76 ns; 9 x 200 ms) after
