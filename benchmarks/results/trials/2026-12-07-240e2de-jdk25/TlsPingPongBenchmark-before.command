/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tlsbulk-pp.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-240e2de-jdk25/TlsPingPongBenchmark-before.json
commit: 99d1351 (jar built from that commit: /tmp/tlsbulk-pp.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.35 2.61 3.26 04:02 at start, 1.93 2.48 3.16 (04:04) after; 2 shared vCPUs, other helpers building and testing (and benchmarking in turn under the same flock)
