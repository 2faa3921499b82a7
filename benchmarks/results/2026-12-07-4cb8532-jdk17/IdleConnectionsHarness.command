flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.10 1.33 1.74 before; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
