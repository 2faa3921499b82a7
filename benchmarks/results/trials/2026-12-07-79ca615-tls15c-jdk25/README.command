tls15c trials, 2026-12-07 08:59-09:45 UTC, JDK: openjdk version "25.0.3" 2026-04-21 LTS (and openjdk version "17.0.15" 2025-04-15 where named). 2 shared vCPUs with two other
helpers benchmarking and testing (other runs queued on /tmp/bench.lock; this branch's core tests ran during the
handshake-poller runs). Loads per run at the end of each command line ("before" read when queued for the lock).
Jars (mvn -B -q -o -pl benchmarks -am package -DskipTests, copied to /tmp):
  A = fe3e3fd (main)
  B = fe3e3fd + platform-poller-switch.patch.txt (experiment only: -Ddev.streams.experiment.platformPoller=true
      makes SocketPoller a platform thread on JDK 25; without the flag B behaves as A)
  C = 79ca615 (TlsFixtures with a SunX509 key manager) + the same switch (off unless the flag is given)
Summaries: python3 summ.py <json...> (medians of all iterations, per-fork means, allocation per op);
gc-pauses.py over the -Xlog:gc files (per fork, in run order); jfr-agg.py over the output of "jfr print --stack-depth 40 --events jdk.ExecutionSample".
Resumption probe (ResumeProbe2.java.txt, compiled against the jar):
  java -cp /tmp/bench-tls-<A|C>.jar:. ResumeProbe2 ours|jdk resumed|full 300 3
  java -cp ... -Djavax.net.debug=ssl:handshake ResumeProbe2 ours|jdk resumed|full 20 1 | grep -c 'Found resumable session'
     -> 19 of 20 for ours and SSLSocket resumed (0 for full), JDK 17 and 25 alike
  java -XX:StartFlightRecording=filename=r.jfr,settings=profile -cp ... ResumeProbe2 ours resumed 600 3; jfr print --stack-depth 40 --events jdk.ExecutionSample r.jfr
     -> resumed-jfr-A-fe3e3fd.txt (JDK 25), resumed-jfr-C-79ca615.txt (JDK 25), resumed-jfr-jdk17-A-fe3e3fd.txt
Runs:
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-tls-A.jar TlsHandshakeBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -jvmArgsAppend "-Xlog:gc:file=/tmp/tls15c-gclogs/hs-A-%p.log" -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-79ca615-tls15c-jdk25/handshake-A.json   # load 8.32 5.17 4.03 (09:11) before, 9.87 8.03 5.48 (09:14) after
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-tls-C.jar TlsHandshakeBenchmark -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -jvmArgsAppend "-Xlog:gc:file=/tmp/tls15c-gclogs/hs-C-%p.log" -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-79ca615-tls15c-jdk25/handshake-C.json   # load 9.87 8.03 5.48 (09:14) before, 4.25 6.50 5.50 (09:19) after
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-tls-C.jar 'TlsHandshakeBenchmark.(tlsStream|sslSocket)$' -f 3 -wi 3 -w 1s -i 5 -r 1s  -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-79ca615-tls15c-jdk25/handshake-poller-virtual.json   # load 2.92 5.64 5.26 (09:20) before, 6.16 5.79 5.38 (09:23) after
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-tls-C.jar 'TlsHandshakeBenchmark.(tlsStream|sslSocket)$' -f 3 -wi 3 -w 1s -i 5 -r 1s -jvmArgsAppend -Ddev.streams.experiment.platformPoller=true -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-79ca615-tls15c-jdk25/handshake-poller-platform.json   # load 6.16 5.79 5.38 (09:23) before, 8.97 7.24 6.01 (09:28) after
