flock /tmp/bench.lock java -jar /tmp/text14-after.jar LineFramingBenchmark\\.\(receiveUntilDecoded\|receiveUntilString\|okioReadUtf8Line\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/text14/after-jdk17/LineFramingBenchmark.json
commit: 26f54e6 (branch text14: receiveUntil(delimiter, maxBytes, charset) decoding with new String straight from the read buffer; jar built from this commit, copied to /tmp/text14-after.jar)
jdk: openjdk version "17.0.15" 2025-04-15
load (1/5/15 min): 4.40 6.05 5.62 (00:28) before, 7.19 6.48 5.84 (00:31) after; 2 shared vCPUs, other helpers building/benchmarking, CI busy-loop still running: heavily loaded. Decision run for issue 14 (text14): receiveUntilString with the String constructor only
