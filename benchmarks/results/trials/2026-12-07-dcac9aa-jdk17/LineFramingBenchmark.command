flock /tmp/bench.lock java -jar /tmp/text14-after2.jar LineFramingBenchmark\\.\(receiveUntilDecoded\|receiveUntilString\|okioReadUtf8Line\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/text14/after3-jdk17/LineFramingBenchmark.json
commit: dcac9aa (branch text14: receiveUntil(delimiter, maxBytes, charset) with the UTF-8 record loop, Utf8Records; jar built from this commit, copied to /tmp/text14-after2.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 4.15 6.49 7.35 (00:48) before, 5.44 6.00 7.02 (00:51) after; 2 shared vCPUs, other helpers building/benchmarking, CI busy-loop had stopped. Decision run for issue 14 (text14). An earlier run of the same jar at 00:39-00:41 (load 8-12) was discarded
