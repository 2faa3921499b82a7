/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/RendezvousPingPongBenchmark.round5.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.92 2.41 2.33 (21:40) before, 1.90 2.20 2.26 (21:41) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 74 ns (samples, sorted: 73 73 73 74 74 74 74 76 77 ns; 9 x 200 ms) before; median 64 ns (samples, sorted: 63 64 64 64 64 64 65 69 71 ns; 9 x 200 ms) after
