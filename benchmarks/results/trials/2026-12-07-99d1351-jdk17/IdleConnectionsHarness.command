flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/tlsbulk-pp.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000
commit: 99d1351 (jar built from that commit: /tmp/tlsbulk-pp.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.85 3.99 4.06 03:31 at start, 3.15 4.17 4.12 (03:31) after; 2 shared vCPUs, other helpers building and testing
