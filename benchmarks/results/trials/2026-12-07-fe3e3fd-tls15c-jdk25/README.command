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
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-tls-A.jar 'TlsPingPongBenchmark.(tlsStream|sslSocket)$' -f 5 -wi 6 -w 2s -i 5 -r 2s -prof gc  -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-fe3e3fd-tls15c-jdk25/pingpong-poller-A-r1.json   # load 10.12 6.18 3.94 (08:59) before, 1.21 3.25 3.32 (09:05) after
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-tls-B.jar 'TlsPingPongBenchmark.(tlsStream|sslSocket)$' -f 5 -wi 6 -w 2s -i 5 -r 2s -prof gc -jvmArgsAppend -Ddev.streams.experiment.platformPoller=true -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-fe3e3fd-tls15c-jdk25/pingpong-poller-B-r1.json   # load 1.21 3.25 3.32 (09:05) before, 8.09 5.07 4.00 (09:11) after
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-tls-B.jar 'TlsPingPongBenchmark.(tlsStream|sslSocket)$' -f 5 -wi 6 -w 2s -i 5 -r 2s -prof gc -jvmArgsAppend -Ddev.streams.experiment.platformPoller=true -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-fe3e3fd-tls15c-jdk25/pingpong-poller-B-r2.json   # load 9.59 8.28 6.83 (09:34) before, 15.40 12.98 9.71 (09:42) after
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/bench-tls-A.jar 'TlsPingPongBenchmark.(tlsStream|sslSocket)$' -f 5 -wi 6 -w 2s -i 5 -r 2s -prof gc  -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-fe3e3fd-tls15c-jdk25/pingpong-poller-A-r2.json   # load 15.40 12.98 9.71 (09:42) before, 1.19 5.64 7.49 (09:47) after
