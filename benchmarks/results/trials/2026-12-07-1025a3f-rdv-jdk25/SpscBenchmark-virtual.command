flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/memrdv-adapt.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\|linkedTransferQueue\)\$ -p threads=virtual -f 3 -wi 2 -w 1s -i 3 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-1025a3f-rdv-jdk25/SpscBenchmark-virtual.json
commit: 1025a3f (jar built from it)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 2.35 2.61 3.26 (04:02) before, 1.88 2.38 3.09 (04:04) after; 2 shared vCPUs, other helpers building and testing
