/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark.\(memoryObjectStream\|synchronousQueue\)\$ -p threads=virtual -f 1 -wi 3 -w 1s -i 5 -r 1s -prof jfr:dir=/tmp/jfr-rendezvous-virtual-jdk25\;configName=/work/main/benchmarks/results/trials/2026-12-07-b58a3b4-profiles/sample-1ms-jdk25.jfc -rf json -rff benchmarks/results/trials/2026-12-07-b58a3b4-profiles/rendezvous-virtual-jdk25.json 
commit: b58a3b41177d00c729f79de528be0422362e2efc
jdk: openjdk version "25.0.3" 2026-04-21 LTS
time: 19:11; load 2.25 2.33 2.29
probe before: cache-line round trip: median 449 ns (samples, sorted: 440 444 445 448 449 449 453 455 456 ns; 9 x 200 ms)
probe after: cache-line round trip: median 72 ns (samples, sorted: 69 70 71 71 72 72 73 97 415 ns; 9 x 200 ms)
