flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/net15-ab3.jar TlsHandshakeBenchmark.(tlsStream|sslSocket)$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/net15/ab3-jdk17/TlsHandshakeBenchmark-new-485287c.json
jar: new-485287c (/tmp/net15-ab3.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.48 3.54 3.74 (03:56) before, 2.34 3.33 3.66 (03:56) after; 2 shared vCPUs, other helpers building and testing
