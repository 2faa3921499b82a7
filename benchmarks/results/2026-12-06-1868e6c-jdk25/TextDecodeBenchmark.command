/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TextDecodeBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-1868e6c-jdk25/TextDecodeBenchmark.json
commit: 1868e6cd8ea8a9e2a52bb25135d3d036f8c6aa5d
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 12.24 15.65 15.32 (21:45) before, 13.52 14.69 14.99 (21:49) after; 2 shared vCPUs, other helpers building and testing
