flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-virtual-1-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 7.23 5.27 3.10 (06:08) before, 7.23 6.09 3.76 (06:11) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-virtual-1-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 7.23 6.09 3.76 (06:11) before, 5.50 5.91 4.14 (06:14) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-platform-1-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 5.50 5.91 4.14 (06:14) before, 7.67 6.77 4.82 (06:18) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-platform-1-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 7.67 6.77 4.82 (06:18) before, 4.21 5.69 4.82 (06:21) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-virtual-2-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 6.45 6.23 5.36 (06:29) before, 15.12 10.39 7.29 (06:33) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-virtual-2-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 15.12 10.39 7.29 (06:33) before, 7.79 9.04 7.47 (06:37) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\|linkedTransferQueue\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Spsc-1-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 7.79 9.04 7.47 (06:37) before, 7.17 7.89 7.52 (06:43) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\|linkedTransferQueue\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Spsc-1-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 7.17 7.89 7.52 (06:43) before, 7.65 8.79 8.01 (06:47) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\|linkedTransferQueue\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Mpmc-1-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 7.65 8.79 8.01 (06:47) before, 4.89 6.85 7.41 (06:51) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\|linkedTransferQueue\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Mpmc-1-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 4.89 6.85 7.41 (06:51) before, 5.42 5.71 6.74 (06:56) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar UncontendedPairBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/UncontendedPair-1-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 5.42 5.71 6.74 (06:56) before, 5.57 5.52 6.37 (07:01) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar UncontendedPairBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/UncontendedPair-1-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 5.57 5.52 6.37 (07:01) before, 1.49 3.87 5.57 (07:05) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar RendezvousPingPongBenchmark.memoryObjectStream\$ -p threads=virtual -f 1 -wi 3 -w 1s -i 5 -r 1s -prof stack:lines=3 -prof gc -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-virtual-profile-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5), profile
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 1.45 3.82 5.54 (07:05) before, 1.57 3.32 5.24 (07:06) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-virtual-3-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 1.57 3.32 5.24 (07:06) before, 1.99 2.44 4.46 (07:09) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-virtual-3-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 1.99 2.44 4.46 (07:09) before, 2.16 2.21 3.94 (07:13) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-platform-2-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 2.16 2.21 3.94 (07:13) before, 2.15 2.45 3.74 (07:16) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-platform-2-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 2.15 2.45 3.74 (07:16) before, 2.11 2.30 3.45 (07:19) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/base.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-platform-3-A.json 
jar: /tmp/lfrdv-jars/base.jar (A: main a660c3d)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 2.45 2.52 3.39 (07:21) before, 1.81 2.39 3.29 (07:22) after; 2 shared vCPUs, other helpers building/testing

flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/lfrdv-jars/new.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\|synchronousQueueFair\)\$ -p threads=platform -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-06d82d5-lfrdv-jdk25/Rendezvous-platform-3-B.json 
jar: /tmp/lfrdv-jars/new.jar (B: lfrdv 06d82d5)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15): 1.81 2.39 3.29 (07:22) before, 1.29 2.10 3.11 (07:23) after; 2 shared vCPUs, other helpers building/testing

