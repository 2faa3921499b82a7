/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-7f05a5d-jdk17/TlsPingPongBenchmark.json
commit: 7f05a5d3672f2589467f66abee76b7f7c0657d2e
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.69 1.66 2.71 (01:35) before, 1.05 1.30 2.35 (01:38) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
