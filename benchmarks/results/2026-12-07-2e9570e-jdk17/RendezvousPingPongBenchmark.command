java -jar benchmarks/target/benchmarks.jar RendezvousPingPongBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -f 3 -p threads=platform -rf json -rff benchmarks/results/2026-12-07-2e9570e-jdk17/RendezvousPingPongBenchmark.json
commit: 2e9570ea14af1ba8b778ecfa1967fae5637e3517
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 1.75 2.06 2.30 (13:39) before, 1.57 1.92 2.22 (13:41) after; quiet machine: nothing else running (the lead's publication run)
