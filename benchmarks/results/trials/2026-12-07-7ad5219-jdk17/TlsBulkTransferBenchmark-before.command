java -jar /tmp/tlsbulk-base.jar TlsBulkTransferBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-7ad5219-jdk17/TlsBulkTransferBenchmark-before.json
commit: 07228a0 (jar built from that commit: /tmp/tlsbulk-base.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 10.90 6.42 3.57 (03:16) before, 6.33 6.57 4.07 (03:19) after; 2 shared vCPUs, other helpers building and testing
