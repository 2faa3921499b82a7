/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -rf json -rff benchmarks/results/2026-12-07-85cafd2-jdk25/RendezvousPingPongBenchmark.json
commit: 85cafd291a7aa297350e6a8b861f523bc95651f0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.18 1.38 1.82 (04:44) before, 1.59 1.52 1.78 (04:48) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
