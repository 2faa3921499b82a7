/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark.memoryObjectStream\$ -p threads=platform -f 1 -wi 3 -w 1s -i 5 -r 1s -prof jfr:dir=/tmp/jfr-spsc-ours-jdk25-f7\;configName=/work/main/benchmarks/results/trials/2026-12-07-b58a3b4-profiles/sample-1ms-jdk25.jfc -rf json -rff benchmarks/results/trials/2026-12-07-b58a3b4-profiles/spsc-ours-jdk25-f7.json 
commit: eda43641e614573c3c2de9910146997183f732c9 (streams-core and benchmarks as at b58a3b4)
time: 19:37; load 2.60 3.54 3.17
probe before: cache-line round trip: median 457 ns (samples, sorted: 436 438 442 457 457 458 461 463 477 ns; 9 x 200 ms)
