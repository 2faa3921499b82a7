Why the full-handshake ratio on JDK 17 fell from the published 3.2 (c5f4552, loaded machine) to 0.90 (7f05a5d, quiet): same-machine check and profile.
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/base.jar TlsHandshakeBenchmark -prof gc -f 1 -wi 6 -w 2s -i 5 -r 2s -rf json -rff TlsHandshakeBenchmark-f3099c6.json
  base.jar: main at f3099c6 (before branch tls15's socket changes); between the publication runs, quiet: tlsStream 223.9 vs sslSocket 242.3 ops/s (0.92), resumed 807 vs 1029 (0.78)
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/final.jar 'TlsHandshakeBenchmark.(tlsStream|sslSocket)$' -prof 'stack:lines=4;top=15;detailLine=true' -f 1 -wi 6 -w 2s -i 3 -r 2s -rf json -rff TlsHandshakeBenchmark-stack.json
  final.jar: 7f05a5d (the published commit)
jdk: openjdk version "17.0.15" 2025-04-15
load: quiet (only the lead's publication runs, serialized on /tmp/bench.lock), 01:48-01:56 UTC 2026-12-07
