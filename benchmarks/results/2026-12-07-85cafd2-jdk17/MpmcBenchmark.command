/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 2 -rf json -rff benchmarks/results/2026-12-07-85cafd2-jdk17/MpmcBenchmark.json
commit: 85cafd291a7aa297350e6a8b861f523bc95651f0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.72 1.53 1.68 (05:13) before, 4.21 2.43 1.99 (05:16) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
