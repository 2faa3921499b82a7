#!/usr/bin/env bash
# Profiles of the missed goal rows at the published commit: JFR, Java samples every 1 ms.
# usage: benchmarks/results/trials/2026-12-07-b58a3b4-profiles/prof.sh <outdir>, from the repository root, with
# benchmarks/target/benchmarks.jar built at the commit to profile (here b58a3b4; the run at 19:11-19:14 UTC
# followed the round publication on the same quiet machine). Writes per row: <row>.json (JMH), .log, .command
# (command, commit, JDK, time, load, probe before/after), .hot-methods.txt (`jfr view hot-methods` per
# variant) and <row>.<variant>.stacks.txt (stacks.py: samples per thread, top-3-frame stacks).
set -euo pipefail
out="$1"; mkdir -p "$out"
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin
J17=/usr/lib/jvm/java-17-openjdk-amd64/bin
jar=benchmarks/target/benchmarks.jar
# JFR's "profile" settings with a Java sample every 1 ms instead of 10-20 ms
[ -f "$out/sample-1ms-jdk25.jfc" ] || "$J25/jfr" configure --input profile 'jdk.ExecutionSample#period=1ms' --output "$out/sample-1ms-jdk25.jfc"
[ -f "$out/sample-1ms-jdk17.jfc" ] || "$J17/jfr" configure --input profile 'jdk.ExecutionSample#period=1ms' --output "$out/sample-1ms-jdk17.jfc"
run() { # name jdkbin jfc regex params...
  local name="$1" bin="$2" jfc="$3" regex="$4"; shift 4
  local dir="/tmp/jfr-$name"; rm -rf "$dir"
  local cmd=("$bin/java" -jar "$jar" "$regex" "$@" -f 1 -wi 3 -w 1s -i 5 -r 1s
             -prof "jfr:dir=$dir;configName=$PWD/$jfc" -rf json -rff "$out/$name.json")
  probe_before="$("$bin/java" -cp "$jar" dev.streams.benchmarks.memory.CacheLineRoundTripProbe | sed -n 's/^PROBE //p')"
  "${cmd[@]}" > "$out/$name.log" 2>&1
  probe_after="$("$bin/java" -cp "$jar" dev.streams.benchmarks.memory.CacheLineRoundTripProbe | sed -n 's/^PROBE //p')"
  { printf '%q ' "${cmd[@]}"; echo; echo "commit: $(git rev-parse HEAD)"; echo "jdk: $("$bin/java" -version 2>&1 | head -1)"
    echo "time: $(date -u +%H:%M); load $(cut -d' ' -f1-3 /proc/loadavg)"; echo "probe before: $probe_before"; echo "probe after: $probe_after"; } > "$out/$name.command"
  for f in $(find "$dir" -name profile.jfr | sort); do
    variant="$(basename "$(dirname "$f")")"
    { echo "== $variant"; "$J25/jfr" view --width 200 hot-methods "$f"; "$J25/jfr" summary "$f" | grep -E "ExecutionSample|ThreadPark|JavaMonitor"; } >> "$out/$name.hot-methods.txt"
    "$J25/jfr" print --events jdk.ExecutionSample --stack-depth 6 "$f" | python3 "$(dirname "$0")/stacks.py" > "$out/$name.$variant.stacks.txt" || true
  done
}
exec 9>>/tmp/bench.lock; flock 9
run rendezvous-virtual-jdk25 "$J25" "$out/sample-1ms-jdk25.jfc" 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue)$' -p threads=virtual
for k in 1 2 3; do # the JDK 25 SPSC slow mode shows in some forks only: three single-fork runs
  run spsc-platform-jdk25-$k "$J25" "$out/sample-1ms-jdk25.jfc" 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform
done
run spsc-platform-jdk17 "$J17" "$out/sample-1ms-jdk17.jfc" 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform
run mpmc-2x2-platform-jdk17 "$J17" "$out/sample-1ms-jdk17.jfc" 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -p sides=2
run mpmc-2x2-platform-jdk25 "$J25" "$out/sample-1ms-jdk25.jfc" 'MpmcBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=platform -p sides=2
