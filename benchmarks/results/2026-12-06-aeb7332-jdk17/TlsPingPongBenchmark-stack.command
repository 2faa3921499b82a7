flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls-bench-aeb7332.jar TlsPingPongBenchmark.tlsStream$ -f 1 -wi 4 -w 2s -i 3 -r 2s -prof stack:lines=6;top=12;detailLine=true
commit aeb7332 (branch tls)
openjdk version "17.0.15" 2025-04-15
machine load: 5.78 7.22 11.29 17/308 28126 at 22:34 UTC on 2 cores, other helpers building and testing
