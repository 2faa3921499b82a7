java -jar /tmp/tlsbulk-pp.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-99d1351-jdk17/TlsPingPongBenchmark-after.json
commit: 99d1351 (jar built from that commit: /tmp/tlsbulk-pp.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 4.22 4.48 4.25 03:36 at start, 2.52 3.88 4.06 (03:37) after; 2 shared vCPUs, other helpers building and testing (and benchmarking in turn under the same flock)
