/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TcpPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-85cafd2-jdk17/TcpPingPongBenchmark.json
commit: 85cafd291a7aa297350e6a8b861f523bc95651f0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.83 1.65 1.79 (05:09) before, 1.33 1.54 1.74 (05:09) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
