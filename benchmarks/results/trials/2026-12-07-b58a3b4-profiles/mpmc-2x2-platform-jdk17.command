/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 1 -wi 3 -w 1s -i 5 -r 1s -prof jfr:dir=/tmp/jfr-mpmc-2x2-platform-jdk17\;configName=/work/main/benchmarks/results/trials/2026-12-07-b58a3b4-profiles/sample-1ms-jdk17.jfc -rf json -rff benchmarks/results/trials/2026-12-07-b58a3b4-profiles/mpmc-2x2-platform-jdk17.json 
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
time: 19:13; load 1.54 2.02 2.18
probe before: cache-line round trip: median 67 ns (samples, sorted: 67 67 67 67 67 68 68 72 73 ns; 9 x 200 ms)
probe after: cache-line round trip: median 72 ns (samples, sorted: 71 71 72 72 72 72 72 73 73 ns; 9 x 200 ms)
