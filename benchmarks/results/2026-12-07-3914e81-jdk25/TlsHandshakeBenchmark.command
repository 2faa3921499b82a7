/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-3914e81-jdk25/TlsHandshakeBenchmark.json
commit: 3914e81fb8c70335e14d1f152fd23017d7064664
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.11 1.48 1.92 (10:51) before, 1.69 1.67 1.89 (10:55) after; 2 shared vCPUs, other helpers building and testing
