flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp /tmp/tls-bench-aeb7332.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000
commit aeb7332 (branch tls)
openjdk version "25.0.3" 2026-04-21 LTS
machine load: 8.55 8.27 12.09 11/306 24776 at 22:33 UTC on 2 cores, other helpers building and testing
