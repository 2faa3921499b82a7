/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-c5f4552-jdk25/SpscBenchmark.json
commit: c5f45520c9e28adbcac514a63eb95f5a8aa36b29
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.29 2.13 5.71 (22:49) before, 1.98 2.12 5.26 (22:51) after; 2 shared vCPUs, other helpers building and testing
