flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/net15-ab2.jar TlsHandshakeBenchmark.(tlsStream|sslSocket)$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/net15/ab2-jdk25/TlsHandshakeBenchmark-new-947f440.json
jar: new-947f440 (/tmp/net15-ab2.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 5.39 4.34 4.16 (03:34) before, 2.86 3.57 3.87 (03:43) after; 2 shared vCPUs, other helpers building and testing
