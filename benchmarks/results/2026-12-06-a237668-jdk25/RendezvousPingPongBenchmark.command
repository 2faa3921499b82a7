/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff benchmarks/results/2026-12-06-a237668-jdk25/RendezvousPingPongBenchmark.json
commit: a2376685351a194903133d144755d1dd8abc62d0
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 21.04 12.45 5.52 (21:19) before, 20.06 13.21 6.07 (21:19) after; 2 shared vCPUs, other helpers building and testing
