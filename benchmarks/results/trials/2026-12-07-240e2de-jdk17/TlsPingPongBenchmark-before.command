java -jar /tmp/tlsbulk-pp.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-240e2de-jdk17/TlsPingPongBenchmark-before.json
commit: 99d1351 (jar built from that commit: /tmp/tlsbulk-pp.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 5.24 4.19 3.94 03:50 at start, 3.09 3.77 3.81 (03:51) after; 2 shared vCPUs, other helpers building and testing (and benchmarking in turn under the same flock)
