/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-4cb8532-jdk25/TlsPingPongBenchmark.json
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.14 1.98 2.10 (07:54) before, 1.06 1.52 1.89 (07:58) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
