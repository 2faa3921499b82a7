/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar TlsHandshakeBenchmark -f 1 -w 1s -i 5 -r 1s -prof gc -wi 6 -rf json -rff benchmarks/results/2026-12-06-a237668-jdk25/TlsHandshakeBenchmark.json
commit: a2376685351a194903133d144755d1dd8abc62d0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 22.49 18.21 11.79 (21:30) before, 23.48 19.11 12.43 (21:30) after; 2 shared vCPUs, other helpers building and testing
