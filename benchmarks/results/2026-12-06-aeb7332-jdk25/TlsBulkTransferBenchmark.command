flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tls-bench-aeb7332.jar TlsBulkTransferBenchmark -f 1 -wi 6 -w 2s -i 5 -r 2s -prof gc -rf json -rff /work/wt/tls/benchmarks/results/2026-12-06-aeb7332-jdk25/TlsBulkTransferBenchmark.json
commit aeb7332 (branch tls)
openjdk version "25.0.3" 2026-04-21 LTS
machine load: 8.73 8.80 12.78 3/339 21099 at 22:31 UTC on 2 cores, other helpers building and testing
