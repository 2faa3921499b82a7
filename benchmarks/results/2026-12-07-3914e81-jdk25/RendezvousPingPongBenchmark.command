/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -rf json -rff benchmarks/results/2026-12-07-3914e81-jdk25/RendezvousPingPongBenchmark.json
commit: 3914e81fb8c70335e14d1f152fd23017d7064664
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.15 2.39 2.44 (10:25) before, 1.72 2.01 2.27 (10:29) after; 2 shared vCPUs, other helpers building and testing
