flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/tls-bench-aeb7332.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000
commit aeb7332 (branch tls)
openjdk version "17.0.15" 2025-04-15
machine load: 10.44 15.15 18.43 6/221 29982 at 22:18 UTC on 2 cores, other helpers building and testing
