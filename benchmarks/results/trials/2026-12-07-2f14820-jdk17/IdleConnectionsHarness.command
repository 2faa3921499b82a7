flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/tls15-after3.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 2000
commit: 2f148209ac386813d442471cd3eb206fa1122d58
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.26 2.40 3.95 (01:17) before, 4.01 2.77 3.99 (01:18) after
