flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/net15-ab2.jar TlsHandshakeBenchmark.(tlsStream|sslSocket)$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/net15/ab2-jdk17/TlsHandshakeBenchmark-new-947f440.json
jar: new-947f440 (/tmp/net15-ab2.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 4.52 5.08 3.96 (03:22) before, 5.31 5.34 4.37 (03:27) after; 2 shared vCPUs, other helpers building and testing
