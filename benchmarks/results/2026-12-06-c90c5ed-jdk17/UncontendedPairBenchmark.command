flock /tmp/bench.lock java -jar /tmp/mem-bench-c90c5ed.jar -f 1 -wi 3 -w 1s -i 5 -r 1s -p threads=platform -prof gc -rf json -rff /work/wt/memory/benchmarks/results/2026-12-06-c90c5ed-jdk17/UncontendedPairBenchmark.json UncontendedPairBenchmark
commit c90c5ed (branch memory; jar built from git archive of that commit with mvn -B -q -o -pl benchmarks -am package -DskipTests, copied to /tmp/mem-bench-c90c5ed.jar)
openjdk version "17.0.15" 2025-04-15
machine: 2 vCPUs shared with other helpers building and testing; load average 8.87 11.24 15.68 at start, 8.22 9.29 13.89 at end
