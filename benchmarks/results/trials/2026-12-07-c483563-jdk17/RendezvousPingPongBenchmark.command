java -jar benchmarks/target/benchmarks.jar 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue)$' -f 3 -wi 2 -w 1s -i 3 -r 1s -p threads=platform -rf json -rff benchmarks/results/trials/2026-12-07-c483563-jdk17/RendezvousPingPongBenchmark.json
commit: c483563 (branch mem14, reverted; on platform threads the same algorithm as main 9d62ab5)
jdk: openjdk version "17.0.15" 2025-04-15
load: 2 shared vCPUs, CI busy loop (yes) still running, other helpers' builds/tests and benchmark runs queued; load average 6-10 (00:54-00:58 UTC 2026-12-07)
