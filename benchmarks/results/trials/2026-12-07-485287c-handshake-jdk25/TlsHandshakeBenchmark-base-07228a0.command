flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/net15-base.jar TlsHandshakeBenchmark.(tlsStream|sslSocket)$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/net15/ab3-jdk25/TlsHandshakeBenchmark-base-07228a0.json
jar: base-07228a0 (/tmp/net15-base.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.34 3.33 3.66 (03:56) before, 3.78 3.53 3.71 (03:57) after; 2 shared vCPUs, other helpers building and testing
