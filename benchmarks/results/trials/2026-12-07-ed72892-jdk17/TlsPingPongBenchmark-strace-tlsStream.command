flock /tmp/bench.lock strace -f -c -e trace=read,write,epoll_wait,epoll_ctl,poll -o benchmarks/results/trials/2026-12-07-ed72892-jdk17/TlsPingPongBenchmark-strace-tlsStream.txt java -jar /tmp/tls15-after2.jar 'TlsPingPongBenchmark.tlsStream$' -f 0 -bm ss -bs 20000 -wi 1 -i 1
commit: ed72892d7658957dc8679a3e19816adc5474e72b (jar built from this commit's sources)
jdk: openjdk version "17.0.15" 2025-04-15
load: 2 shared vCPUs, CI busy loop and other helpers running (00:32-00:37 UTC); counts only, no timing is read from this run. The JMH run in-process (-f 0) also does the trial setup (three connections, handshakes); divide by the write count (one per message) for per-message figures.
