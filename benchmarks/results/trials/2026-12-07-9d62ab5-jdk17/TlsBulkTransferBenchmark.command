flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls15-before.jar TlsBulkTransferBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-9d62ab5-jdk17/TlsBulkTransferBenchmark.json
commit: 9d62ab53cca8b962e90d38e5cb23452dccd6b4cc (jar /tmp/tls15-before.jar built from this commit's streams-core and benchmarks sources)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.63 2.41 4.28 (01:14) before, 2.26 2.40 3.95 (01:17) after; 2 shared vCPUs, other helpers' benchmark runs serialized by the same lock, their builds/tests not
