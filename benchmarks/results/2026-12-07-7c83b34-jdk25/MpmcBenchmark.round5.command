/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/MpmcBenchmark.round5.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.89 2.02 2.18 (21:44) before, 3.22 2.45 2.31 (21:47) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 398 ns (samples, sorted: 74 75 77 196 398 401 412 457 461 ns; 9 x 200 ms) before; median 457 ns (samples, sorted: 452 452 456 457 457 458 460 466 467 ns; 9 x 200 ms) after
