flock /tmp/bench.lock java -jar /tmp/tls15-after4.jar 'TlsBulkTransferBenchmark' -f 1 -wi 3 -w 2s -i 2 -r 2s -prof gc > benchmarks/results/trials/2026-12-07-fd3c29c-jdk17/TlsBulkTransferBenchmark-quick.txt
commit: fd3c29c7ca9a40989cab36edca33ef6e6aab6033 (jar built from this commit's sources)
jdk: openjdk version "17.0.15" 2025-04-15
load: quieter machine (01:14-01:20 UTC, load average about 2), one fork: a quick check of allocation per op (B/op is stable across forks), not a throughput verdict
