/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -prof gc -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff benchmarks/results/2026-12-07-d7a40c9-jdk25/TlsHandshakeBenchmark.json
commit: d7a40c94b1cdd44a31cf7263dfbfe651b0a10ea6
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.80 2.15 3.21 (12:58) before, 2.29 2.12 2.79 (13:04) after; quiet machine: nothing else running (the lead's publication run)
