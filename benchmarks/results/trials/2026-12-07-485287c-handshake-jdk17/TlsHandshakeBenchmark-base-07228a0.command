flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/net15-base.jar TlsHandshakeBenchmark.(tlsStream|sslSocket)$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/net15/ab3-jdk17/TlsHandshakeBenchmark-base-07228a0.json
jar: base-07228a0 (/tmp/net15-base.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 3.54 3.88 3.86 (03:55) before, 2.48 3.54 3.74 (03:56) after; 2 shared vCPUs, other helpers building and testing
