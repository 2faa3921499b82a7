flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/mem-bench-c90c5ed.jar -f 1 -wi 3 -w 1s -i 5 -r 1s  -prof gc -rf json -rff /work/wt/memory/benchmarks/results/2026-12-06-c90c5ed-jdk25/SpscBenchmark.json 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue|linkedTransferQueue|kotlinChannel)$'
commit c90c5ed (branch memory; jar built from git archive of that commit with mvn -B -q -o -pl benchmarks -am package -DskipTests, copied to /tmp/mem-bench-c90c5ed.jar)
openjdk version "25.0.3" 2026-04-21 LTS
machine: 2 vCPUs shared with other helpers building and testing; load average 8.22 9.29 13.89 at start, 5.69 7.88 12.19 at end
