/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tlsbulk-base.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-99d1351-jdk25/TlsPingPongBenchmark-before.json
commit: 07228a0 (jar built from that commit: /tmp/tlsbulk-base.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.82 3.13 3.70 03:44 at start, 2.31 2.88 3.55 (03:45) after; 2 shared vCPUs, other helpers building and testing (and benchmarking in turn under the same flock)
