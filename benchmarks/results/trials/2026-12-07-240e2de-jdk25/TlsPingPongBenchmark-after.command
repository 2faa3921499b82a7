/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tlsbulk-pp2.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-240e2de-jdk25/TlsPingPongBenchmark-after.json
commit: 240e2de (jar built from that commit: /tmp/tlsbulk-pp2.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.07 1.94 2.85 04:06 at start, 3.13 2.34 2.91 (04:08) after; 2 shared vCPUs, other helpers building and testing (and benchmarking in turn under the same flock)
