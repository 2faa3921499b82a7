#!/usr/bin/env bash
# Runs one JMH benchmark class and commits-ready records it for docs/benchmarks.md:
#
#   benchmarks/record.sh <BenchmarkClass> [JMH args...]
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java benchmarks/record.sh TlsHandshakeBenchmark -wi 6
#
# writes benchmarks/results/<YYYY-MM-DD>-<short-commit>-jdk<NN>/<BenchmarkClass>.json (JMH -rf json)
# and a sibling <BenchmarkClass>.command: the exact command on the first line, then the commit, the
# JDK (`java -version`, first line) and the machine load before and after. The run holds
# /tmp/bench.lock (flock) so benchmark runs on a shared machine never overlap. For the memory classes it
# also records CacheLineRoundTripProbe before and after the run (how long a cache line takes between two
# threads, which decides the mode of every spinning hand-off on this VM). Default settings are
# short (-f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc); later arguments override them. On JDK < 21 the
# classes with a `threads` parameter run `-p threads=platform` unless the arguments name `threads=`.
#
# ROUND=<k> (1, 2, ...) records one round of a class published as several: the files become
# <BenchmarkClass>.round<k>.json and .command, and ratios.py publishes the median over the rounds of
# each round's ratio (the hand-off classes are published that way; benchmarks/rounds.sh runs them and
# docs/benchmarks.md says why). Build the jar first:
#   mvn -B -q -o -pl benchmarks -am package -DskipTests
# then regenerate the tables: python3 benchmarks/ratios.py --write docs/benchmarks.md
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 <BenchmarkClass> [JMH args...]" >&2; exit 2; }
benchmark="$1"
shift
java="${JAVA:-java}"
feature="$("$java" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ {print $3}')"
commit="$(git rev-parse --short HEAD)"
full_commit="$(git rev-parse HEAD)"
# the jar is built from the working tree: say so when the measured code differs from the commit
dirty="$(git diff --quiet HEAD -- streams-core/src/main benchmarks/src/main || echo ' (with uncommitted changes)')"
dir="benchmarks/results/$(date -u +%F)-${commit}-jdk${feature%%.*}"
case "${ROUND:-1}" in *[!0-9]*|0*) echo "ROUND must be a positive integer, got '$ROUND'" >&2; exit 2 ;; esac
round="${ROUND:+.round$ROUND}"
mkdir -p "$dir"
args=()
for default in "-f 1" "-wi 3" "-w 1s" "-i 5" "-r 1s" "-prof gc"; do
  case " $* " in
    *" ${default%% *} "*) ;; # given on the command line: JMH takes each option once
    *) read -ra pair <<< "$default"; args+=("${pair[@]}") ;;
  esac
done
# no virtual threads before JDK 21 (Workers.executor refuses them)
case "$benchmark" in
  SpscBenchmark|MpmcBenchmark|RendezvousPingPongBenchmark|TcpPingPongBenchmark)
    if [ "${feature%%.*}" -lt 21 ] && [[ " $* " != *" threads="* ]]; then args+=(-p threads=platform); fi ;;
esac
command=("$java" -jar benchmarks/target/benchmarks.jar "$benchmark" "${args[@]}" "$@"
         -rf json -rff "$dir/$benchmark$round.json")
load() { printf '%s (%s)' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(date -u +%H:%M)"; }
# The memory classes hand items between threads that spin: their figures follow how long a cache
# line takes between this VM's vCPUs, which changes outside the JVM (CacheLineRoundTripProbe's javadoc).
probe() {
  case "$benchmark" in
    SpscBenchmark|MpmcBenchmark|RendezvousPingPongBenchmark|UncontendedPairBenchmark)
      "$java" -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.memory.CacheLineRoundTripProbe \
        | sed -n 's/^PROBE cache-line round trip: //p' ;;
  esac
}
before="$(load)"
exec 9>>/tmp/bench.lock
flock 9 # held for the probes and the run, released when this script exits
probe_before="$(probe)"
"${command[@]}"
probe_after="$(probe)"
{
  printf '%q ' "${command[@]}" | sed 's/ $//'
  echo
  echo "commit: $full_commit$dirty"
  echo "jdk: $("$java" -version 2>&1 | head -1)"
  echo "load (1/5/15 min): $before before, $(load) after; ${LOAD_NOTE:-2 shared vCPUs, other helpers building and testing}"
  [ -z "$probe_before" ] || echo "cache-line round trip between two threads: $probe_before before; $probe_after after"
} > "$dir/$benchmark$round.command"
echo "recorded $dir/$benchmark$round.json"
