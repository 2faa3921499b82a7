/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsPingPongBenchmark -f 1 -i 5 -prof gc -wi 6 -w 2s -r 2s -rf json -rff benchmarks/results/2026-12-06-818d627-jdk25/TlsPingPongBenchmark.json
commit: 818d6271b53b291258c8801bdcb668fc3377c238
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.62 2.38 4.48 (22:56) before, 3.97 2.85 4.49 (22:57) after; 2 shared vCPUs, other helpers building and testing
