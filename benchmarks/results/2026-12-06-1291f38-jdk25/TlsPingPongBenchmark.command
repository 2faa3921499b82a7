flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tls-bench-1291f38.jar TlsPingPongBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /work/wt/tls/benchmarks/results/2026-12-06-1291f38-jdk25/TlsPingPongBenchmark.json
commit 1291f38 (branch tls)
openjdk version "25.0.3" 2026-04-21 LTS
machine load: 27.06 25.76 20.09 16/508 2844 at 21:59 UTC on 2 cores, other helpers building and testing
