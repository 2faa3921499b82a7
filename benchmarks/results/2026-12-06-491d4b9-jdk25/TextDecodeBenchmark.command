/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TextDecodeBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-491d4b9-jdk25/TextDecodeBenchmark.json
commit: 491d4b99fb411ea814024e638be7a09b37609bca
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 34.74 26.27 19.76 (21:57) before, 20.75 24.04 20.03 (22:00) after; 2 shared vCPUs, other helpers building and testing
