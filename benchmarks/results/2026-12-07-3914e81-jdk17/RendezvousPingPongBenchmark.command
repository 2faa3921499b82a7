java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-3914e81-jdk17/RendezvousPingPongBenchmark.json
commit: 3914e81fb8c70335e14d1f152fd23017d7064664
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.72 2.01 2.27 (10:29) before, 1.17 1.74 2.14 (10:32) after; 2 shared vCPUs, other helpers building and testing
