flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/tls15-before.jar TlsPingPongBenchmark -f 3 -wi 6 -w 2s -i 5 -r 2s -prof gc -prof stack:lines=3\;top=12 -rf json -rff benchmarks/results/trials/2026-12-07-9d62ab5-jdk17/TlsPingPongBenchmark.json
commit: 9d62ab53cca8b962e90d38e5cb23452dccd6b4cc (jar /tmp/tls15-before.jar built from this commit's streams-core and benchmarks sources)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 5.70 7.93 7.88 (00:45) before, 8.23 6.78 7.11 (00:54) after; 2 shared vCPUs, other helpers' benchmark runs serialized by the same lock, their builds/tests not
