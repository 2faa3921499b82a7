#!/bin/bash
# alternating A/B: L = 7c83b34 (run look-ahead), Y = L + 272 ring yields on platform threads
D=$(dirname "$0")  # was /work/trial-yields
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for run in "$@"; do
  X=/work/wt/${run:0:1}.jar
  flock /tmp/bench.lock bash -c "
    echo \"$run start \$(date -u +%H:%M:%S) load \$(cut -d' ' -f1-3 /proc/loadavg) probe \$(java -cp $X dev.streams.benchmarks.memory.CacheLineRoundTripProbe 2>&1 | grep PROBE)\" >> $D/times.txt
    java -jar $X 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff $D/$run-spsc17.json > $D/$run-spsc17.log 2>&1
    java -jar $X 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -p sides=2 -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff $D/$run-mpmc17.json > $D/$run-mpmc17.log 2>&1
    echo \"$run end \$(date -u +%H:%M:%S) load \$(cut -d' ' -f1-3 /proc/loadavg)\" >> $D/times.txt
  "
done
