/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 1 -wi 3 -w 1s -i 5 -r 1s -prof jfr:dir=/tmp/jfr-spsc-platform-jdk25-1\;configName=/work/main/benchmarks/results/trials/2026-12-07-b58a3b4-profiles/sample-1ms-jdk25.jfc -rf json -rff benchmarks/results/trials/2026-12-07-b58a3b4-profiles/spsc-platform-jdk25-1.json 
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
time: 19:12; load 1.97 2.26 2.27
probe before: cache-line round trip: median 74 ns (samples, sorted: 71 72 73 73 74 74 77 79 80 ns; 9 x 200 ms)
probe after: cache-line round trip: median 77 ns (samples, sorted: 74 74 75 77 77 77 77 77 78 ns; 9 x 200 ms)
