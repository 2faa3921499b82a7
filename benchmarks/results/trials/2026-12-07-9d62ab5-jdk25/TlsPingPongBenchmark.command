flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/tls15-before.jar TlsPingPongBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc -prof stack:lines=3\;top=12 -rf json -rff benchmarks/results/trials/2026-12-07-9d62ab5-jdk25/TlsPingPongBenchmark.json
commit: 9d62ab53cca8b962e90d38e5cb23452dccd6b4cc (jar /tmp/tls15-before.jar built from this commit's streams-core and benchmarks sources)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 0.99 2.92 5.28 (01:08) before, 1.63 2.41 4.28 (01:14) after; 2 shared vCPUs, other helpers' benchmark runs serialized by the same lock, their builds/tests not
