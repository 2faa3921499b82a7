flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls15-after3.jar TlsPingPongBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc -prof stack:lines=3\;top=12 -rf json -rff benchmarks/results/trials/2026-12-07-2f14820-jdk17/TlsPingPongBenchmark.json
commit: 2f148209ac386813d442471cd3eb206fa1122d58 (jar /tmp/tls15-after3.jar built from this commit's streams-core and benchmarks sources)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 9.05 9.57 8.21 (00:42) before, 5.70 7.93 7.88 (00:45) after; 2 shared vCPUs, other helpers' benchmark runs serialized by the same lock, their builds/tests not
