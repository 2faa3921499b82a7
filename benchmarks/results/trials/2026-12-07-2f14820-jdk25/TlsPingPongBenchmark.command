flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tls15-after3.jar TlsPingPongBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc -prof stack:lines=3\;top=12 -rf json -rff benchmarks/results/trials/2026-12-07-2f14820-jdk25/TlsPingPongBenchmark.json
commit: 2f148209ac386813d442471cd3eb206fa1122d58 (jar /tmp/tls15-after3.jar built from this commit's streams-core and benchmarks sources)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.46 4.85 6.35 (01:04) before, 0.99 2.92 5.28 (01:08) after; 2 shared vCPUs, other helpers' benchmark runs serialized by the same lock, their builds/tests not
