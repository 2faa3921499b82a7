flock /tmp/bench.lock strace -f -c -e trace=read,write,epoll_wait,epoll_ctl,poll -o benchmarks/results/trials/2026-12-07-9d62ab5-jdk17/TlsPingPongBenchmark-strace-sslSocket.txt java -jar /tmp/tls15-before.jar 'TlsPingPongBenchmark.sslSocket$' -f 0 -bm ss -bs 20000 -wi 1 -i 1
commit: 9d62ab53cca8b962e90d38e5cb23452dccd6b4cc (jar built from this commit's sources)
jdk: openjdk version "17.0.15" 2025-04-15
load: 2 shared vCPUs, CI busy loop and other helpers running (00:32-00:37 UTC); counts only, no timing is read from this run. The JMH run in-process (-f 0) also does the trial setup (three connections, handshakes); divide by the write count (one per message) for per-message figures.
