/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=virtual -rf json -rff benchmarks/results/trials/2026-12-07-9d62ab5-jdk25/RendezvousPingPongBenchmark.json
commit: 9d62ab5 (main; jar built with the disabled probe counters of ../2026-12-07-mpmc-modes/probe.patch, off by default)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load: 2 shared vCPUs, CI busy loop (yes) still running, other helpers' builds/tests and benchmark runs queued; load average 6-10 (00:54-00:58 UTC 2026-12-07)
