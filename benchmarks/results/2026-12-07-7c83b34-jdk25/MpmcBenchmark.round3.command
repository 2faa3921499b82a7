/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/MpmcBenchmark.round3.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.90 2.14 2.17 (21:23) before, 3.64 2.77 2.40 (21:26) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 416 ns (samples, sorted: 380 383 389 414 416 416 417 419 428 ns; 9 x 200 ms) before; median 427 ns (samples, sorted: 423 425 426 427 427 428 429 430 477 ns; 9 x 200 ms) after
