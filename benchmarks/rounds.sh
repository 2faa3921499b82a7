#!/usr/bin/env bash
# Records the hand-off classes for publication as rounds (docs/benchmarks.md, "Hand-off classes are
# published in rounds"):
#
#   benchmarks/rounds.sh [rounds] [JMH args...]     # default 5 rounds
#   CLASSES="SpscBenchmark MpmcBenchmark" benchmarks/rounds.sh 5   # only these classes
#
# Round k runs, one after another, each hand-off class on JDK 17 and then on JDK 25 with
# `ROUND=k benchmarks/record.sh <Class> -f 1 ...`, so the rounds of one class lie minutes apart and a
# state of the machine that lasts a few minutes lands in one round, not in all of them. Every round
# recorded is published: none is dropped or re-run for its probe reading. JDK 25 is
# /usr/lib/jvm/temurin-25-jdk-amd64 unless JAVA25 names another java; without one, JDK 17 only.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
case "$rounds" in ''|*[!0-9]*|0*) echo "rounds must be a positive integer, got '$rounds'" >&2; exit 2 ;; esac
shift $(( $# > 0 ? 1 : 0 ))
# A change that leaves a class's code path alone may re-record the others only (the docs say which).
read -ra classes <<< "${CLASSES:-RendezvousPingPongBenchmark SpscBenchmark MpmcBenchmark}"
for class in "${classes[@]}"; do
  case "$class" in RendezvousPingPongBenchmark|SpscBenchmark|MpmcBenchmark) ;;
    *) echo "not a hand-off class: '$class'" >&2; exit 2 ;; esac
done
javas=(java)
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
if [ -x "$java25" ]; then javas+=("$java25"); else echo "no JDK 25 at $java25: JDK 17 only" >&2; fi
for ((k = 1; k <= rounds; k++)); do
  for java in "${javas[@]}"; do
    for class in "${classes[@]}"; do
      ROUND="$k" JAVA="$java" benchmarks/record.sh "$class" -f 1 "$@" # platform threads only before JDK 21
    done
  done
done
