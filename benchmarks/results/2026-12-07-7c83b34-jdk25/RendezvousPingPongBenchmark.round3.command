/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 1 -rf json -rff benchmarks/results/2026-12-07-7c83b34-jdk25/RendezvousPingPongBenchmark.round3.json
commit: 7c83b348e421f909618375b01f151e54c9f913c7
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.59 2.65 2.31 (21:19) before, 1.88 2.33 2.23 (21:21) after; quiet machine: nothing else running (the lead's round publication)
cache-line round trip between two threads: median 467 ns (samples, sorted: 459 464 466 467 467 468 469 479 482 ns; 9 x 200 ms) before; median 452 ns (samples, sorted: 98 447 450 451 452 456 456 460 472 ns; 9 x 200 ms) after
