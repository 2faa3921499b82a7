tls15c trials, JDK 17 (openjdk version "17.0.15" 2025-04-15), 2026-12-07 09:29-09:35 UTC, 2 shared vCPUs with two other helpers benchmarking and
this branch's JDK 25 tests running (load 7-11): throughput is noise here, allocation per operation is the point.
Jars as in ../2026-12-07-79ca615-tls15c-jdk25/README.command: A = fe3e3fd (main, PKIX key manager over PKCS#12),
C = 79ca615 (SunX509 key manager). Summary: python3 ../2026-12-07-79ca615-tls15c-jdk25/summ.py handshake-*.json
  A: full 0.975 MB (SSLSocket) / 0.978 MB (ours) per handshake; resumed 0.438 / 0.444 MB
  C: full 0.465 / 0.461 MB; resumed 0.443 / 0.439 MB
Runs:
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-tls-C.jar TlsHandshakeBenchmark -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-79ca615-tls15c-jdk17/handshake-C.json   # load 8.97 7.24 6.01 (09:28) before, 9.85 8.01 6.48 (09:31) after
/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/bench-tls-A.jar TlsHandshakeBenchmark -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff /work/wt/tls15c/benchmarks/results/trials/2026-12-07-79ca615-tls15c-jdk17/handshake-A.json   # load 9.85 8.01 6.48 (09:31) before, 9.59 8.28 6.83 (09:34) after
