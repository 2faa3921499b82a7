java -jar benchmarks/target/benchmarks.jar TlsBulkTransferBenchmark -f 1 -w 1s -i 5 -r 1s -prof gc -wi 6 -rf json -rff benchmarks/results/2026-12-06-f0f95ac-jdk17/TlsBulkTransferBenchmark.json
commit: f0f95acfcc5ccc3c6b9adb1131a22027e3056765
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 13.33 17.29 19.47 (22:16) before, 8.92 14.32 18.05 (22:18) after; 2 shared vCPUs, other helpers building and testing
