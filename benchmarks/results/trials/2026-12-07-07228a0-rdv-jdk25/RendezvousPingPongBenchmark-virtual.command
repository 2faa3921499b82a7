flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/memrdv-base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\|kotlinRendezvousChannel\)\$ -p threads=virtual -f 3 -wi 2 -w 1s -i 3 -r 1s -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-07228a0-rdv-jdk25/RendezvousPingPongBenchmark-virtual.json
commit: 07228a0 (jar built from it)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 8.77 6.94 4.07 (03:18) before, 4.21 4.99 3.94 (03:22) after; 2 shared vCPUs, other helpers building and testing
