java -jar /tmp/tlsbulk-pp2.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-240e2de-jdk17/TlsPingPongBenchmark-after.json
commit: 240e2de (jar built from that commit: /tmp/tlsbulk-pp2.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.29 3.50 3.69 03:58 at start, 1.79 2.97 3.49 (03:59) after; 2 shared vCPUs, other helpers building and testing (and benchmarking in turn under the same flock)
