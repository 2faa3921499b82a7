java -jar /tmp/tlsbulk-new.jar TlsBulkTransferBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-7ad5219-jdk17/TlsBulkTransferBenchmark-after.json
commit: 7ad5219 (jar built from that commit: /tmp/tlsbulk-new.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 6.33 6.57 4.07 (03:19) before, 3.54 4.67 3.89 (03:23) after; 2 shared vCPUs, other helpers building and testing
