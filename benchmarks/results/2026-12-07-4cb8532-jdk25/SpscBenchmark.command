/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar SpscBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 2 -rf json -rff benchmarks/results/2026-12-07-4cb8532-jdk25/SpscBenchmark.json
commit: 4cb8532463359a1be1a1b41cad8944b81936b69b
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 1.17 1.31 1.94 (07:38) before, 1.77 1.53 1.89 (07:42) after; 2 shared vCPUs, quiet: nothing else running (the lead's publication runs, one class after another)
