/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar MpmcBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -p sides=2 -f 1 -wi 3 -w 1s -i 5 -r 1s -prof jfr:dir=/tmp/jfr-mpmc-2x2-platform-jdk25\;configName=/work/main/benchmarks/results/trials/2026-12-07-b58a3b4-profiles/sample-1ms-jdk25.jfc -rf json -rff benchmarks/results/trials/2026-12-07-b58a3b4-profiles/mpmc-2x2-platform-jdk25.json 
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
time: 19:14; load 1.73 2.02 2.18
probe before: cache-line round trip: median 76 ns (samples, sorted: 75 75 76 76 76 76 76 77 79 ns; 9 x 200 ms)
probe after: cache-line round trip: median 65 ns (samples, sorted: 63 64 64 64 65 65 67 67 69 ns; 9 x 200 ms)
