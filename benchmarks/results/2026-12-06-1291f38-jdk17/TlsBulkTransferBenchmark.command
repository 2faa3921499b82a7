flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls-bench-1291f38.jar TlsBulkTransferBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /work/wt/tls/benchmarks/results/2026-12-06-1291f38-jdk17/TlsBulkTransferBenchmark.json
commit 1291f38 (branch tls)
openjdk version "17.0.15" 2025-04-15
machine load: 26.76 18.20 16.15 20/433 17667 at 21:53 UTC on 2 cores, other helpers building and testing
