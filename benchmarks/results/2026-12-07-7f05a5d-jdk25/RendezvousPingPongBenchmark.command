/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -rf json -rff benchmarks/results/2026-12-07-7f05a5d-jdk25/RendezvousPingPongBenchmark.json
commit: 7f05a5d3672f2589467f66abee76b7f7c0657d2e
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.21 1.28 1.53 (02:05) before, 1.68 1.45 1.51 (02:11) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
