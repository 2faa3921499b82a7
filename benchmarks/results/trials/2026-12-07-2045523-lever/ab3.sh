#!/bin/bash
D=/work/wt/lever/benchmarks/results/trials/2026-12-07-2045523-lever
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for run in A5 B5 B6 A6 A7 B7 B8 A8; do
  X=/work/wt/${run:0:1}.jar
  flock /tmp/bench.lock bash -c "
    echo \"$run start \$(date -u +%H:%M:%S) load \$(cut -d' ' -f1-3 /proc/loadavg)\" >> /work/wt/lever/benchmarks/results/trials/2026-12-07-2045523-lever/times.txt
    echo \"$run before \$(java -cp $X dev.streams.benchmarks.memory.CacheLineRoundTripProbe 2>&1 | grep PROBE)\" >> /work/wt/lever/benchmarks/results/trials/2026-12-07-2045523-lever/probes.txt
    $J25 -jar $X 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue)$' -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff /work/wt/lever/benchmarks/results/trials/2026-12-07-2045523-lever/$run.json > /work/wt/lever/benchmarks/results/trials/2026-12-07-2045523-lever/$run.log 2>&1
    echo \"$run after  \$(java -cp $X dev.streams.benchmarks.memory.CacheLineRoundTripProbe 2>&1 | grep PROBE)\" >> /work/wt/lever/benchmarks/results/trials/2026-12-07-2045523-lever/probes.txt
    echo \"$run end \$(date -u +%H:%M:%S) load \$(cut -d' ' -f1-3 /proc/loadavg)\" >> /work/wt/lever/benchmarks/results/trials/2026-12-07-2045523-lever/times.txt
  "
done
