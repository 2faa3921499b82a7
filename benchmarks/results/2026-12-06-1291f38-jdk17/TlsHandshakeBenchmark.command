flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls-bench-1291f38.jar TlsHandshakeBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /work/wt/tls/benchmarks/results/2026-12-06-1291f38-jdk17/TlsHandshakeBenchmark.json
commit 1291f38 (branch tls)
openjdk version "17.0.15" 2025-04-15
machine load: 13.63 14.73 14.99 7/275 13499 at 21:52 UTC on 2 cores, other helpers building and testing
