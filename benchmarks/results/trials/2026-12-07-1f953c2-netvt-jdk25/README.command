Issue 15, branch netvt: TcpPingPongBenchmark A/B and system calls per round trip, JDK 25 (and JDK 17 platform in the -jdk17 sibling directory).
Jars (mvn -B -q -o -pl benchmarks -am package -DskipTests, copied aside): main-a660c3d = main; arm1 = be55bc3 (ReadArm only); final2 = 1f953c2 (ReadArm + virtual poller on JDK 25+).
A/B, alternating main then ours, two rounds, each config in turn (JDK 25 virtual, JDK 25 platform, JDK 17 platform), files ab-<jdk>-<threads>-<jar>-r<round>.json:
flock /tmp/bench.lock <java> -jar /tmp/netvt/<jar>.jar TcpPingPongBenchmark -p threads=<threads> -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <file>
(round 1 of arm1 against main is in ab-*-arm1-r1.json / ab-*-main-a660c3d-r1-before-arm1.json; it was stopped after round 1 when the virtual poller was tried)
strace (strace-<jar>-<method>-<n>.txt; per round trip = (n=40 - n=20) x 256 / (20 x 256), in strace-per-round-trip.md):
flock /tmp/bench.lock strace -f -c -o strace-<jar>-<m>-<n>.txt /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/netvt/<jar>.jar "TcpPingPongBenchmark.<m>$" -p threads=virtual -f 0 -bm ss -wi 1 -wbs 20 -i 1 -bs <n>
Virtual-poller decision run (vp-*.json): flock /tmp/bench.lock <java25> -jar /tmp/netvt/<jar>.jar TcpPingPongBenchmark.socketStream -p threads=virtual -jvmArgsAppend -Dstreams.trial.virtualPoller=true -f 2 -wi 3 -w 1s -i 5 -r 1s; vpoll2 = be55bc3 plus a trial patch (poller on a virtual thread behind that property, yielding while events come), arm1 = be55bc3.
jdk: openjdk version "25.0.3" 2026-04-21 LTS; java 17: see the -jdk17 directory
load: 2 shared vCPUs, other helpers building, testing and benchmarking, plus this helper's own test runs at times; 1-min load average 4-14 (per-run values in ab-log.txt, strace-log.txt): figures are loaded, compare within a round only.
TlsPingPongBenchmark A/B (platform threads only: the benchmark has no threads parameter), tls-pingpong-<jar>.json:
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/netvt/<jar>.jar TlsPingPongBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <file>
Round 3 (ab-jdk25-virtual-*-r3.json): JDK 25 virtual only, on a quiet stretch (load about 1.3).
