/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar LineFramingBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-a8fa102-jdk25/LineFramingBenchmark.json
commit: a8fa102fefb061b848e06231b0ff79b42f7b7d7e
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 11.17 17.53 15.53 (21:40) before, 12.24 15.65 15.32 (21:45) after; 2 shared vCPUs, other helpers building and testing
