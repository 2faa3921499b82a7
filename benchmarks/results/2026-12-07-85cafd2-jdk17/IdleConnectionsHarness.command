flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000
commit: 85cafd291a7aa297350e6a8b861f523bc95651f0
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.65 2.04 1.89 before; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
