/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-85cafd2-jdk25/MpmcBenchmark.json
commit: 85cafd291a7aa297350e6a8b861f523bc95651f0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.03 1.67 1.77 (04:52) before, 2.90 2.41 2.06 (04:57) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
