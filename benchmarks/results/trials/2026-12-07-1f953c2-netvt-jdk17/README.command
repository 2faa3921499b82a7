Issue 15, branch netvt: TcpPingPongBenchmark A/B on JDK 17, platform threads, main (a660c3d) against be55bc3 (arm1, first round) and 1f953c2 (final2); see ../2026-12-07-1f953c2-netvt-jdk25/README.command for the jars and the alternation.
flock /tmp/bench.lock java -jar /tmp/netvt/<jar>.jar TcpPingPongBenchmark -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <file>
jdk: openjdk version "17.0.15" 2025-04-15
load: 2 shared vCPUs, other helpers building and testing, and this helper's test runs (1-min load average 5-8; per run in ../2026-12-07-1f953c2-netvt-jdk25/ab-log.txt). Round 2 on JDK 17 was not run (time).
