# hs17: waits per connection in TlsHandshakeBenchmark's connections, ours against SSLSocket (issue 15)
# Machine: 2 vCPUs shared with two other helpers benchmarking and testing; loads below.
# Jars: A = /tmp/bench-A-c0fb036.jar (main c0fb036), ctl = /tmp/bench-hs17-ctl.jar (072711a: main's
# streams-core plus the one-write control in the benchmarks module); the core code is the same.

## System calls per connection, per thread (JDK 17.0.15; load 0.6-9 while they ran, 11:49-12:03)
strace -f -qq -T -o st-tlsStream-17.txt /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/bench-A-c0fb036.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 400 --rounds 1 --only tlsStream
strace -f -qq -T -o st-sslSocket-17.txt /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/bench-A-c0fb036.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 400 --rounds 1 --only sslSocket
strace -f -qq -T -o st-tlsStream-17-resumed.txt /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/bench-hs17-ctl.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 400 --rounds 1 --resumed --only tlsStream
strace -f -qq -T -o st-sslSocket-17-resumed.txt /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/bench-hs17-ctl.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 400 --rounds 1 --resumed --only sslSocket
python3 strace-per-thread.py st-<side>-17[-resumed].txt 800 > st-<side>-17[-resumed]-per-thread.txt   # 800 = 400 warm-up + 400 measured connections
python3 strace-one-connection.py st-<side>-17[-resumed].txt 700 > st-<side>-17[-resumed]-connection-700.txt
# (the raw traces, 11-13 MB each, are not committed; the two scripts rebuild the summaries from them)
# Threads are found by the names the JVM gives them (prctl PR_SET_NAME): client "handshake-client",
# server "handshake-harness-server-*", poller "streams-socket-*", timer "streams-tls*".
# "(>1ms ...)" in the per-thread files: calls that took over 1 ms under strace and did not return
# EAGAIN (probably slept; strace itself slows every call, so only an indication).

## The one-write control checked: the SSLSocket server behind OneWritePerFlightServerSocket writes
## ServerHello..Finished in one write (1 518 B), the ticket, the echo and its close_notify in one each
strace -f -qq -o st-onewrite-17.txt -e trace=write,read,prctl java -cp /tmp/bench-hs17-ctl.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 50 --rounds 1 --only sslSocketOneWrite

## Harness, three sides alternating in one JVM (wall and CPU per handshake, voluntary context switches)
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/bench-hs17-ctl.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 1500 --rounds 3 --only tlsStream,sslSocket,sslSocketOneWrite > harness-3sides-jdk17-r1.txt
#   load 3.88 (11:53) before, 2.71 (11:56) after
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp /tmp/bench-hs17-ctl.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 1500 --rounds 3 --only tlsStream,sslSocket,sslSocketOneWrite > harness-3sides-jdk25-r1.txt
#   openjdk version "25.0.3"; load 9.79 (12:13) before, 2.72 (12:17) after
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/bench-hs17-ctl.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --handshakes 1500 --rounds 3 --only tlsStream,sslSocket,sslSocketOneWrite > harness-3sides-jdk17-r2.txt
#   load 2.72 (12:17) before, 2.40 (12:22) after

## JMH, the three variants in one run (JMH runs them in alphabetical order: sslSocket, sslSocketOneWritePerFlight, tlsStream)
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-hs17-ctl.jar 'TlsHandshakeBenchmark.(tlsStream|sslSocket|sslSocketOneWritePerFlight)$' -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff handshake-ctl-jdk17-r1.json
#   openjdk version "17.0.15"; load 2.66 (11:56) before, 5.80 (12:03) after
#   median of 15 iterations (handshakes/s) and per-fork means (python3 jmh-forks.py handshake-ctl-jdk17-r1.json):
#   sslSocket 295.0 (309.9, 303.9, 269.2); sslSocketOneWritePerFlight 325.4 (309.9, 311.7, 352.8); tlsStream 259.8 (201.6, 300.2, 297.6)
#   tlsStream / sslSocket = 0.881, control / sslSocket = 1.103, tlsStream / control = 0.798
flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-hs17-ctl.jar 'TlsHandshakeBenchmark.(tlsStream|sslSocket|sslSocketOneWritePerFlight)$' -f 3 -wi 6 -w 2s -i 5 -r 2s -rf json -rff handshake-ctl-jdk25-r1.json
#   openjdk version "25.0.3"; load 5.80 (12:03) before, 9.79 (12:13) after: the load rose during the run, and JMH's order
#   put SSLSocket first: sslSocket 856.1 (851.7, 873.7, 686.4); control 456.8 (561.2, 543.1, 395.7); tlsStream 371.0 (345.2, 372.5, 384.4)
#   (ratios meaningless: confounded with the rising load)

## Overlap per handshake from the harness outputs (client + server CPU minus wall; table in docs/tcp-and-tls.md)
python3 overlap.py harness-3sides-jdk17-r1.txt harness-3sides-jdk25-r1.txt harness-3sides-jdk17-r2.txt

## Resumed handshakes, three sides (wall times disturbed: this branch's `mvn -pl benchmarks -am verify` ran at the same time; CPU columns only)
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /tmp/bench-hs17-ctl.jar dev.streams.benchmarks.tls.HandshakeCpuHarness --resumed --handshakes 2000 --rounds 3 --only tlsStream,sslSocket,sslSocketOneWrite > harness-3sides-resumed-jdk17.txt
#   load 2.40 (12:22) before, 4.60 (12:27) after

## JMH, all six variants (jar /tmp/bench-hs17-final.jar = 30fc655; same streams-core as main c0fb036)
flock /tmp/bench.lock /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-hs17-final.jar 'TlsHandshakeBenchmark.(tlsStream|sslSocket|sslSocketOneWritePerFlight|tlsStreamResumed|sslSocketResumed|sslSocketOneWritePerFlightResumed)$' -f 2 -wi 4 -w 2s -i 4 -r 2s -rf json -rff handshake-final-jdk17-r1.json
#   openjdk version "17.0.15"; load 6.42 (12:35) before, 2.48 (12:40) after. This branch's benchmark tests (mvn verify,
#   12:36-12:38) ran during the first two variants (sslSocket, then the control): those two are disturbed.
#   medians of 8 iterations (per-fork means): sslSocket 235.5 (268.2, 206.5) [disturbed]; sslSocketOneWritePerFlight 406.1 (314.8, 424.7) [partly];
#   sslSocketOneWritePerFlightResumed 878.2 (876.2, 880.5); sslSocketResumed 952.6 (938.0, 975.9); tlsStream 443.8 (444.8, 442.8);
#   tlsStreamResumed 928.3 (918.7, 931.7): resumed ours / SSLSocket 0.974, ours / control 1.057
# the same command again, -rff handshake-final-jdk17-r2.json (nothing of this branch running): load 2.63 (12:40) before, 6.60 (12:46) after
#   sslSocket 469.7 (468.4, 472.1); sslSocketOneWritePerFlight 430.1 (409.6, 444.4); sslSocketOneWritePerFlightResumed 762.1 (871.3, 616.3);
#   sslSocketResumed 490.5 (534.5, 523.1); tlsStream 226.8 (228.7, 250.7); tlsStreamResumed 673.1 (712.3, 531.4)
#   The same variant moved by 2x between the two runs (tlsStream 444 -> 227, sslSocketResumed 953 -> 491): JMH runs the
#   variants one after another while the other helpers' load changes, so no ratio across variants means anything here;
#   only the first two (control / SSLSocket = 0.916, the control slower, as the pipelining predicts) ran close together.
