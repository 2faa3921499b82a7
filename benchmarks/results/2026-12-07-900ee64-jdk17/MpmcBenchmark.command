java -jar benchmarks/target/benchmarks.jar MpmcBenchmark -wi 3 -w 1s -i 5 -r 1s -prof gc -p threads=platform -f 2 -rf json -rff benchmarks/results/2026-12-07-900ee64-jdk17/MpmcBenchmark.json
commit: 900ee6409a200318fd4cfe850ee9b595d4b801fa
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 2.05 2.05 2.06 (16:17) before, 3.88 2.77 2.33 (16:20) after; quiet machine: nothing else running (the lead's publication run)
cache-line round trip between two threads: median 182 ns (samples, sorted: 153 162 169 171 182 190 1493 1633 1748 ns; 9 x 200 ms) before; median 359 ns (samples, sorted: 357 357 359 359 359 359 361 361 363 ns; 9 x 200 ms) after
note: the first seconds of this run (16:17:26-16:17:40) ran beside an orphaned JDK 25 fork of the MpmcBenchmark run killed at 16:17 (the JCTools row with virtual threads made no progress); superseded by the run at 7520d04
