/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 1 -wi 3 -w 1s -i 5 -r 1s -prof jfr:dir=/tmp/jfr-spsc-platform-jdk17\;configName=/work/main/benchmarks/results/trials/2026-12-07-b58a3b4-profiles/sample-1ms-jdk17.jfc -rf json -rff benchmarks/results/trials/2026-12-07-b58a3b4-profiles/spsc-platform-jdk17.json 
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "17.0.15" 2025-04-15
time: 19:13; load 1.62 2.08 2.20
probe before: cache-line round trip: median 54 ns (samples, sorted: 54 54 54 54 54 55 55 55 56 ns; 9 x 200 ms)
probe after: cache-line round trip: median 72 ns (samples, sorted: 60 63 65 72 72 72 72 72 73 ns; 9 x 200 ms)
