/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/RendezvousPingPongBenchmark.round4.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.49 2.70 2.41 (21:30) before, 1.61 2.29 2.29 (21:31) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 56 ns (samples, sorted: 54 54 55 55 56 56 56 56 57 ns; 9 x 200 ms) before; median 69 ns (samples, sorted: 68 68 69 69 69 69 70 70 72 ns; 9 x 200 ms) after
