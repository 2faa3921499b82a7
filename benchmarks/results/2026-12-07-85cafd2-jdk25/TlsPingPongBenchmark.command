/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-85cafd2-jdk25/TlsPingPongBenchmark.json
commit: 85cafd291a7aa297350e6a8b861f523bc95651f0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.35 1.42 2.12 (04:37) before, 1.02 1.22 1.90 (04:40) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
