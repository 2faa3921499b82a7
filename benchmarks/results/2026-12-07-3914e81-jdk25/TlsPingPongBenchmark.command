/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-3914e81-jdk25/TlsPingPongBenchmark.json
commit: 3914e81fb8c70335e14d1f152fd23017d7064664
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 4.08 3.02 2.48 (10:44) before, 1.19 2.01 2.18 (10:47) after; 2 shared vCPUs, other helpers building and testing
