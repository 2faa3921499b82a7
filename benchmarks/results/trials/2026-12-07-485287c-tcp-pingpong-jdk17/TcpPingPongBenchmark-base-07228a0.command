flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/net15-base.jar TcpPingPongBenchmark -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff /tmp/net15/ppab-jdk17/TcpPingPongBenchmark-base-07228a0.json
jar: base-07228a0 (/tmp/net15-base.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.88 2.38 3.09 (04:04) before, 1.30 2.13 2.96 (04:05) after; 2 shared vCPUs, other helpers building and testing
