flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls-bench-4ccdd32.jar TlsPingPongBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /work/wt/tls/benchmarks/results/2026-12-06-4ccdd32-jdk17/TlsPingPongBenchmark.json
commit 4ccdd32 (branch tls)
openjdk version "17.0.15" 2025-04-15
machine load: 13.44 16.91 15.45 15/307 22400 at 21:41 UTC on 2 cores, other helpers building and testing
