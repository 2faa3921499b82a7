flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/net15-ab3.jar TlsHandshakeBenchmark.(tlsStream|sslSocket)$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/net15/ab3-jdk25/TlsHandshakeBenchmark-new-485287c.json
jar: new-485287c (/tmp/net15-ab3.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.78 3.53 3.71 (03:57) before, 3.29 3.50 3.69 (03:58) after; 2 shared vCPUs, other helpers building and testing
