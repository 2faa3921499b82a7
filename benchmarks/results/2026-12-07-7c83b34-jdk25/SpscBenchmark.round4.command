/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/SpscBenchmark.round4.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.61 2.29 2.29 (21:31) before, 2.02 2.21 2.26 (21:34) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 76 ns (samples, sorted: 75 76 76 76 76 76 76 76 77 ns; 9 x 200 ms) before; median 449 ns (samples, sorted: 445 445 446 449 449 450 453 455 458 ns; 9 x 200 ms) after
