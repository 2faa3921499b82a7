/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-85cafd2-jdk25/TlsHandshakeBenchmark.json
commit: 85cafd291a7aa297350e6a8b861f523bc95651f0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 0.68 1.24 2.32 (04:32) before, 1.35 1.42 2.12 (04:37) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
