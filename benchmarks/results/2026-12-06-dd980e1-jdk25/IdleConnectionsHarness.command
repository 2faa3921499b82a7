/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 4000 > benchmarks/results/2026-12-06-dd980e1-jdk25/IdleConnectionsHarness.txt
commit: 19ef32be5021fbe6c2891a27d20b6e48286256b0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 29.76 27.61 22.49 (22:05) before, 15.06 21.66 21.19 (22:08) after; 2 shared vCPUs, other helpers building and testing; exit 0
jar: built at 8e9e3bd; streams-core, streams-test and benchmarks main code are identical at 8e9e3bd, dd980e1 and 19ef32b
