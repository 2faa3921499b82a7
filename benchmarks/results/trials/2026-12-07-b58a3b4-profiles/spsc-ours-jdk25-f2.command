/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark.memoryObjectStream\$ -p threads=platform -f 1 -wi 3 -w 1s -i 5 -r 1s -prof jfr:dir=/tmp/jfr-spsc-ours-jdk25-f2\;configName=/work/main/benchmarks/results/trials/2026-12-07-b58a3b4-profiles/sample-1ms-jdk25.jfc -rf json -rff benchmarks/results/trials/2026-12-07-b58a3b4-profiles/spsc-ours-jdk25-f2.json 
commit: eda43641e614573c3c2de9910146997183f732c9 (streams-core and benchmarks as at b58a3b4)
time: 19:36; load 3.83 3.92 3.26
probe before: cache-line round trip: median 439 ns (samples, sorted: 430 434 435 436 439 441 442 445 451 ns; 9 x 200 ms)
