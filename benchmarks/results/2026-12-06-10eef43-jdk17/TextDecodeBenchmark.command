flock /tmp/bench.lock java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-10eef43-jdk17/TextDecodeBenchmark.json TextDecodeBenchmark
commit 10eef4364e61a84a423174464943b3aa72ff32d3
openjdk version "17.0.15" 2025-04-15
machine: 2 vCPUs shared with other helpers building, testing and benchmarking; load average 14.48 18.70 20.07 at 22:14 UTC -> 9.86 15.40 18.59 at 22:17 UTC
