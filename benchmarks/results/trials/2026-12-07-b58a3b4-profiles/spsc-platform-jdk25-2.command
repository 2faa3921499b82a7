/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark.\(memoryObjectStream\|arrayBlockingQueue\)\$ -p threads=platform -f 1 -wi 3 -w 1s -i 5 -r 1s -prof jfr:dir=/tmp/jfr-spsc-platform-jdk25-2\;configName=/work/main/benchmarks/results/trials/2026-12-07-b58a3b4-profiles/sample-1ms-jdk25.jfc -rf json -rff benchmarks/results/trials/2026-12-07-b58a3b4-profiles/spsc-platform-jdk25-2.json 
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
time: 19:12; load 1.85 2.20 2.25
probe before: cache-line round trip: median 463 ns (samples, sorted: 58 59 197 460 463 465 467 468 474 ns; 9 x 200 ms)
probe after: cache-line round trip: median 78 ns (samples, sorted: 77 77 77 78 78 78 78 79 79 ns; 9 x 200 ms)
