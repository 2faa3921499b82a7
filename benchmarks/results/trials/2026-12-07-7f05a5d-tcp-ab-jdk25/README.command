Is the virtual-thread TCP ping-pong miss at 7f05a5d (1.45x a blocking channel on virtual threads) the socket changes of branch tls15, or this machine's slow mode? Same conditions, one after the other:
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/base.jar TcpPingPongBenchmark -prof gc -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff TcpPingPongBenchmark-f3099c6.json
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/final.jar TcpPingPongBenchmark -prof gc -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff TcpPingPongBenchmark-7f05a5d.json
  base.jar: main at f3099c6 (before tls15); final.jar: 7f05a5d
  results (us per round trip, medians; every variant in the ~50 us mode): f3099c6 socketStream platform 50.2 / blocking 49.3, virtual 66.2 / 49.6; 7f05a5d platform 50.2 / 49.7, virtual 75.2 (forks 66.9, 72.6, 86.2) / 46.8
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load: quiet (only the lead's publication runs, serialized on /tmp/bench.lock), 01:58-02:07 UTC 2026-12-07
