flock /tmp/bench.lock java -jar benchmarks/target/benchmarks.jar KafkaChannelBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -rf json -rff KafkaChannelBenchmark.json
commit e3c8bc2
openjdk version "17.0.15" 2025-04-15
machine: 2 cores, load average about 20 (other helpers building and testing)
