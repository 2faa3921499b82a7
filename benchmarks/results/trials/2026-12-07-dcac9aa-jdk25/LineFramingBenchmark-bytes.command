flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/text14-after2.jar LineFramingBenchmark\\.\(receiveUntil\|nettyLineBasedFrameDecoder\|okioReadByteArray\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/text14/bytes-jdk25/LineFramingBenchmark.json (stored here as LineFramingBenchmark-bytes.json)
commit: dcac9aa (branch text14; the byte scan is unchanged from main 9d62ab5; jar /tmp/text14-after2.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 8.55 7.08 7.15 (00:58) before, 4.91 7.43 7.38 (01:01) after; 2 shared vCPUs, other helpers building/benchmarking, CI busy-loop had stopped. Decision run for issue 14 (text14): is the JDK 25 shortfall of the byte rows real?
