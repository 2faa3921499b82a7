flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-10eef43-jdk25/LineFramingBenchmark.json LineFramingBenchmark
commit 10eef4364e61a84a423174464943b3aa72ff32d3
openjdk version "25.0.3" 2026-04-21 LTS
machine: 2 vCPUs shared with other helpers building, testing and benchmarking; load average 5.56 9.79 14.84 at 22:25 UTC -> 7.77 8.78 13.18 at 22:29 UTC
