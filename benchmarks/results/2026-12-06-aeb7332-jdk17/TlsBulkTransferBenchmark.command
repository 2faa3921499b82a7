flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls-bench-aeb7332.jar TlsBulkTransferBenchmark -f 1 -wi 6 -w 2s -i 5 -r 2s -prof gc -rf json -rff /work/wt/tls/benchmarks/results/2026-12-06-aeb7332-jdk17/TlsBulkTransferBenchmark.json
commit aeb7332 (branch tls)
openjdk version "17.0.15" 2025-04-15
machine load: 13.24 17.65 19.64 10/319 18915 at 22:15 UTC on 2 cores, other helpers building and testing
