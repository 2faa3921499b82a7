flock /tmp/bench.lock java -jar /tmp/text14-base.jar 'LineFramingBenchmark\.(receiveUntil|receiveUntilDecoded|receiveUntilString|okioReadUtf8Line|okioReadByteArray|nettyLineBasedFrameDecoder)$' -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/text14/base-jdk17/LineFramingBenchmark.json
commit: 9d62ab5 (main; the jar built with mvn -B -q -o -pl benchmarks -am package -DskipTests before any change of branch text14, copied to /tmp/text14-base.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 4.63 6.49 4.96 (00:18) before, 4.32 6.03 5.09 (00:21) after; 2 shared vCPUs, other helpers building and benchmarking, CI busy-loop still running: heavily loaded. Decision run for issue 14 (text14): "before" side.
