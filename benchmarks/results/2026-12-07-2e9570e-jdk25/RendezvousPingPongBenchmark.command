/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -rf json -rff benchmarks/results/2026-12-07-2e9570e-jdk25/RendezvousPingPongBenchmark.json
commit: 2e9570ea14af1ba8b778ecfa1967fae5637e3517
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.41 2.56 2.50 (13:35) before, 1.75 2.06 2.30 (13:39) after; quiet machine: nothing else running (the lead's publication run)
