flock /tmp/bench.lock java -jar /tmp/tls15-before.jar 'TlsBulkTransferBenchmark.tlsStream' -f 1 -wi 3 -w 2s -i 2 -r 2s -prof gc > benchmarks/results/trials/2026-12-07-9d62ab5-jdk17/TlsBulkTransferBenchmark-quick.txt
commit: 9d62ab53cca8b962e90d38e5cb23452dccd6b4cc (jar built from this commit's sources)
jdk: openjdk version "17.0.15" 2025-04-15
load: quieter machine (01:14-01:20 UTC, load average about 2), one fork: a quick check of allocation per op (B/op is stable across forks), not a throughput verdict
