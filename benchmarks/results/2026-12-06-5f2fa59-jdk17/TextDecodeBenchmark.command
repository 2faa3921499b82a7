java -jar benchmarks/target/benchmarks.jar TextDecodeBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-5f2fa59-jdk17/TextDecodeBenchmark.json
commit: a8fa102fefb061b848e06231b0ff79b42f7b7d7e
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 14.47 20.53 15.63 (21:36) before, 11.17 17.53 15.53 (21:40) after; 2 shared vCPUs, other helpers building and testing
