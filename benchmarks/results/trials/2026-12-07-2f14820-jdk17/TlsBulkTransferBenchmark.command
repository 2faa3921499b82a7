flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls15-after3.jar TlsBulkTransferBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-2f14820-jdk17/TlsBulkTransferBenchmark.json
commit: 2f148209ac386813d442471cd3eb206fa1122d58 (jar /tmp/tls15-after3.jar built from this commit's streams-core and benchmarks sources)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 7.45 8.11 7.59 (01:00) before, 2.46 4.85 6.35 (01:04) after; 2 shared vCPUs, other helpers' benchmark runs serialized by the same lock, their builds/tests not
