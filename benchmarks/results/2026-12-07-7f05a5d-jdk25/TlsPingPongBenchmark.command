/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-7f05a5d-jdk25/TlsPingPongBenchmark.json
commit: 7f05a5d3672f2589467f66abee76b7f7c0657d2e
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.10 1.25 1.88 (01:48) before, 1.07 1.25 1.72 (01:53) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
