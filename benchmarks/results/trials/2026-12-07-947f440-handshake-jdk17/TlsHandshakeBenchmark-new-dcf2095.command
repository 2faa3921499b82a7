flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/net15-ab1.jar TlsHandshakeBenchmark.(tlsStream|sslSocket)$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/net15/ab1-jdk17/TlsHandshakeBenchmark-new-dcf2095.json
jar: new-dcf2095 (/tmp/net15-ab1.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 4.24 5.93 3.98 (03:19) before, 6.08 5.20 4.12 (03:24) after; 2 shared vCPUs, other helpers building and testing
