flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-A-a1a2312.jar UncontendedPairBenchmark.\(memoryObjectStreamNowait\|memoryObjectStreamBlocking\|arrayBlockingQueueOfferPoll\|arrayBlockingQueuePutTake\)\$ -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff benchmarks/results/trials/2026-12-07-4eb2931-rdv16/UncontendedPairBenchmark-A1.json 
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load before 5.16 3.82 3.20 (15:18:34), after 2.29 3.23 3.04 (15:19:45)
