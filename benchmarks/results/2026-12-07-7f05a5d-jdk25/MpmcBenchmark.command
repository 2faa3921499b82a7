/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-7f05a5d-jdk25/MpmcBenchmark.json
commit: 7f05a5d3672f2589467f66abee76b7f7c0657d2e
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.07 1.74 1.62 (02:15) before, 3.23 2.50 1.96 (02:19) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
