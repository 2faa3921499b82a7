/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-85cafd2-jdk17/TlsPingPongBenchmark.json
commit: 85cafd291a7aa297350e6a8b861f523bc95651f0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.96 2.00 1.96 (05:03) before, 1.13 1.54 1.78 (05:06) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
