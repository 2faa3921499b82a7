flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls-bench-aeb7332.jar TlsPingPongBenchmark -f 1 -wi 6 -w 2s -i 5 -r 2s -prof gc -rf json -rff /work/wt/tls/benchmarks/results/2026-12-06-aeb7332-jdk17/TlsPingPongBenchmark.json
commit aeb7332 (branch tls)
openjdk version "17.0.15" 2025-04-15
machine load: 16.99 23.04 21.59 14/334 31188 at 22:08 UTC on 2 cores, other helpers building and testing
