/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/SpscBenchmark.round1.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.47 1.85 1.87 (21:00) before, 1.97 1.91 1.90 (21:03) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 377 ns (samples, sorted: 370 371 372 373 377 378 380 387 406 ns; 9 x 200 ms) before; median 77 ns (samples, sorted: 69 71 77 77 77 78 79 80 81 ns; 9 x 200 ms) after
