/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tlsbulk-pp.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-99d1351-jdk25/TlsPingPongBenchmark-after.json
commit: 99d1351 (jar built from that commit: /tmp/tlsbulk-pp.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 5.09 3.97 3.85 03:48 at start, 5.24 4.19 3.94 (03:50) after; 2 shared vCPUs, other helpers building and testing (and benchmarking in turn under the same flock)
