/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/MpmcBenchmark.round4.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.02 2.21 2.26 (21:34) before, 2.93 2.52 2.36 (21:36) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 446 ns (samples, sorted: 441 443 445 446 446 447 450 467 468 ns; 9 x 200 ms) before; median 455 ns (samples, sorted: 452 454 454 455 455 455 457 458 464 ns; 9 x 200 ms) after
