flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/tls-bench-1291f38.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000
commit 1291f38 (branch tls)
openjdk version "17.0.15" 2025-04-15
machine load: 27.94 22.54 18.15 18/644 27444 at 21:56 UTC on 2 cores, other helpers building and testing
