/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar LineFramingBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-8e9e3bd-jdk25/LineFramingBenchmark.json
commit: 8e9e3bd78e4bb2a77136873d6d95b7c2cfc1c3c2
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 28.05 18.90 16.41 (21:54) before, 34.74 26.27 19.76 (21:57) after; 2 shared vCPUs, other helpers building and testing
