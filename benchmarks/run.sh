#!/usr/bin/env bash
# Runs the JMH benchmarks from the shaded jar (build it first: mvn -B -pl benchmarks -am package -DskipTests).
#
#   benchmarks/run.sh quick [JMH args...]   every benchmark once, short: catches breakage (< 3 min)
#   benchmarks/run.sh full  [JMH args...]   the settings behind docs/benchmarks.md
#
# JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java picks the JVM. On JDK < 21 the virtual-thread
# variant of MpmcBenchmark is skipped (-p threads=platform). Extra arguments go to JMH, e.g. a
# benchmark regexp ('Spsc|PingPong') or '-prof gc'.
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-quick}"
[ $# -gt 0 ] && shift
java="${JAVA:-java}"
feature="$("$java" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ {print $3}')"
params=()
if [ "${feature%%.*}" -lt 21 ]; then
  params+=(-p threads=platform)
fi
case "$mode" in
  quick) exec "$java" -jar target/benchmarks.jar -f 1 -wi 1 -w 1s -i 1 -r 1s -p sizeMiB=64 "${params[@]}" "$@" ;;
  full)  exec "$java" -jar target/benchmarks.jar -f 1 "${params[@]}" "$@" ;;  # iterations: see each class
  *) echo "usage: $0 quick|full [JMH args...]" >&2; exit 2 ;;
esac
