flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/memrdv-base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\)\$ -p threads=virtual -f 1 -wi 2 -w 1s -i 3 -r 1s -prof stack:lines=3\;top=15 -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-07228a0-rdv-jdk25/RendezvousPingPongBenchmark-profile.json
commit: 07228a0 (jar /tmp/memrdv-base.jar built from it)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 3.07 1.56 1.57 (03:12) before, 4.94 2.04 1.73 (03:12) after; 2 shared vCPUs, other helpers building and testing
