flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/text14-after.jar LineFramingBenchmark\\.\(receiveUntilDecoded\|receiveUntilString\|okioReadUtf8Line\)\$ -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /tmp/text14/after-jdk25/LineFramingBenchmark.json
commit: 26f54e6 (branch text14: receiveUntil(delimiter, maxBytes, charset) decoding with new String straight from the read buffer; jar built from this commit, copied to /tmp/text14-after.jar)
jdk: openjdk version "25.0.3" 2026-04-21 LTS
load (1/5/15 min): 6.82 7.09 5.81 (00:26) before, 4.40 6.05 5.62 (00:28) after; 2 shared vCPUs, other helpers building/benchmarking, CI busy-loop still running: heavily loaded. Decision run for issue 14 (text14): receiveUntilString with the String constructor only
