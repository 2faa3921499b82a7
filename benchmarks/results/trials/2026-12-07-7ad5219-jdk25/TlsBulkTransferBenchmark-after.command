/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tlsbulk-new.jar TlsBulkTransferBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-7ad5219-jdk25/TlsBulkTransferBenchmark-after.json
commit: 7ad5219 (jar built from that commit: /tmp/tlsbulk-new.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 4.10 4.90 4.33 (03:29) before, 4.22 4.48 4.25 (03:36) after; 2 shared vCPUs, other helpers building and testing
