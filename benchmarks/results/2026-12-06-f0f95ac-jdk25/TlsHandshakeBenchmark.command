/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -f 1 -w 1s -i 5 -r 1s -prof gc -wi 6 -rf json -rff benchmarks/results/2026-12-06-f0f95ac-jdk25/TlsHandshakeBenchmark.json
commit: f0f95acfcc5ccc3c6b9adb1131a22027e3056765
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 19.10 20.25 20.64 (22:13) before, 13.33 17.29 19.47 (22:16) after; 2 shared vCPUs, other helpers building and testing
