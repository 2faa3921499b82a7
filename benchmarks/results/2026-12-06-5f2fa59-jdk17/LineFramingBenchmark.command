java -jar benchmarks/target/benchmarks.jar LineFramingBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-5f2fa59-jdk17/LineFramingBenchmark.json
commit: 5f2fa59e800b72ba0ae084bfea160bba87f4ecca
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 23.01 22.84 15.81 (21:35) before, 14.47 20.53 15.63 (21:36) after; 2 shared vCPUs, other helpers building and testing
