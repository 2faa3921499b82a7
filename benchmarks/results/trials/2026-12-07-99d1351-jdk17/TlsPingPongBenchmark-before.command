java -jar /tmp/tlsbulk-base.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-99d1351-jdk17/TlsPingPongBenchmark-before.json
commit: 07228a0 (jar built from that commit: /tmp/tlsbulk-base.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 4.00 4.86 4.32 03:29 at start, 1.85 3.99 4.06 (03:31) after; 2 shared vCPUs, other helpers building and testing (and benchmarking in turn under the same flock)
