flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/text14-base.jar 'LineFramingBenchmark\.(receiveUntil|receiveUntilDecoded|receiveUntilString|okioReadUtf8Line|okioReadByteArray|nettyLineBasedFrameDecoder)$' -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/text14/base-jdk25/LineFramingBenchmark.json
commit: 9d62ab5 (main; the jar built with mvn -B -q -o -pl benchmarks -am package -DskipTests before any change of branch text14, copied to /tmp/text14-base.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): about 3.6-4.6 before and after (00:10-00:18 UTC); 2 shared vCPUs, other helpers building and benchmarking, CI busy-loop still running: heavily loaded. Decision run for issue 14 (text14): "before" side.
