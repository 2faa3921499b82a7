java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.tls.IdleConnectionsHarness --connections 4000 > benchmarks/results/2026-12-06-491d4b9-jdk17/IdleConnectionsHarness.txt
commit: dd980e1dfdcb0d1d261199bbc956037fce6e5d51
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 20.75 24.04 20.03 (22:00) before, 29.76 27.61 22.49 (22:05) after; 2 shared vCPUs, other helpers building and testing; exit 0
jar: built at 8e9e3bd; streams-core, streams-test and benchmarks main code are identical at 8e9e3bd, 491d4b9 and dd980e1
