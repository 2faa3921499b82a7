/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-c039359-jdk25/RendezvousPingPongBenchmark.json
commit: c0393595dd7ec772b5768780c5d537c5de8372be
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.68 2.50 3.37 (23:22) before, 1.44 2.23 3.20 (23:24) after; quiet machine (lead's CI run finished), 2 vCPUs
