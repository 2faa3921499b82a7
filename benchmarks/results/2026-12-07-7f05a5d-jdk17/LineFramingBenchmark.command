/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar LineFramingBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-7f05a5d-jdk17/LineFramingBenchmark.json
commit: 7f05a5d3672f2589467f66abee76b7f7c0657d2e
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.83 1.54 2.17 (01:43) before, 1.10 1.25 1.88 (01:48) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
