/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/RendezvousPingPongBenchmark.round1.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.00 2.10 1.95 (20:59) before, 1.47 1.85 1.87 (21:00) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 76 ns (samples, sorted: 71 73 76 76 76 76 76 77 149 ns; 9 x 200 ms) before; median 466 ns (samples, sorted: 461 461 463 463 466 467 469 471 473 ns; 9 x 200 ms) after
