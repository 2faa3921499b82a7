flock /tmp/bench.lock java -jar /tmp/mem-bench-ccd1587.jar -f 1 -wi 3 -w 1s -i 5 -r 1s -p threads=platform -prof gc -rf json -rff /work/wt/memory/benchmarks/results/2026-12-06-ccd1587-jdk17/RendezvousPingPongBenchmark.json 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair|kotlinRendezvousChannel)$'
commit ccd1587 (branch memory; jar built with mvn -B -q -o -pl benchmarks -am package -DskipTests, copied to /tmp/mem-bench-ccd1587.jar)
openjdk version "17.0.15" 2025-04-15
machine: 2 vCPUs shared with other helpers building and testing; load average 22.52 24.07 20.21 at start, 21.55 25.79 22.09 at end
