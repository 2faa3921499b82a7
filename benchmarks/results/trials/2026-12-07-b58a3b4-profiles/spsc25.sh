#!/usr/bin/env bash
# JDK 25 SPSC, platform threads, ours only: eight single-fork JFR runs (19:36-19:37 UTC, after prof.sh had caught
# only fast forks), to profile the slow mode beside the fast one. Writes spsc-ours-jdk25-f<k>.*
set -euo pipefail
cd "$(dirname "$0")/../../../.."
out=benchmarks/results/trials/2026-12-07-b58a3b4-profiles
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin
exec 9>>/tmp/bench.lock; flock 9
for k in 1 2 3 4 5 6 7 8; do
  name=spsc-ours-jdk25-f$k; dir=/tmp/jfr-$name; rm -rf $dir
  probe_before="$($J25/java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.memory.CacheLineRoundTripProbe | sed -n 's/^PROBE //p')"
  cmd=($J25/java -jar benchmarks/target/benchmarks.jar 'SpscBenchmark.memoryObjectStream$' -p threads=platform -f 1 -wi 3 -w 1s -i 5 -r 1s
       -prof "jfr:dir=$dir;configName=$PWD/$out/sample-1ms-jdk25.jfc" -rf json -rff $out/$name.json)
  "${cmd[@]}" > $out/$name.log 2>&1
  { printf '%q ' "${cmd[@]}"; echo; echo "commit: $(git rev-parse HEAD) (streams-core and benchmarks as at b58a3b4)"; echo "time: $(date -u +%H:%M); load $(cut -d' ' -f1-3 /proc/loadavg)"; echo "probe before: $probe_before"; } > $out/$name.command
  f=$(find $dir -name profile.jfr)
  $J25/jfr print --events jdk.ExecutionSample --stack-depth 6 "$f" | python3 $out/stacks.py > $out/$name.stacks.txt
  python3 -c "import json,statistics as s; r=json.load(open('$out/$name.json'))[0]['primaryMetric']['rawData'][0]; print('$name', round(s.median(r),1), [round(v,1) for v in r])"
done
