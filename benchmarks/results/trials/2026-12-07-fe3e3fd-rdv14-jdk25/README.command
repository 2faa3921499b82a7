Issue 14, rendezvous spin rules (branch rdv14). JDK 25: openjdk version "25.0.3" 2026-04-21 LTS (/usr/lib/jvm/temurin-25-jdk-amd64/bin/java).
Jars: mvn -B -q -o -pl benchmarks -am package -DskipTests, copied to /tmp/rdv14-bench-<name>.jar:
  fe3e3fd = main fe3e3fd (A)
  B1      = fe3e3fd + B1.patch (a rendezvous sender looks for a waiting receiver 32 more times, SpinPolicy.pause, before it takes the lock)
  B2      = B1 + a virtual head waiter spins 128 whatever its partner, yielding its carrier every 8 steps (counterparty flag ignored); committed (with the flag removed, same behaviour) as 7b3fadf
  7b3fadf = the same jar as B2 (copied under that name for the later runs)
  B3      = B2 + no Thread.yield in a platform waiter's spin or a platform sender's look; a virtual one yields every 8 steps (SpinPolicy.waitStep); committed as c591903 (the jar was built from the working tree just before a comment/test-only tidy-up)
Command of every run (runs.log has each exact line; A1-virtual.json also ran kotlinRendezvousChannel):
  flock /tmp/bench.lock /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/rdv14-bench-<name>.jar 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue|synchronousQueueFair)$' -p threads=<virtual|platform> -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <name>-<threads>-<run>.json
  Spsc check: the same with 'SpscBenchmark.(memoryObjectStream|arrayBlockingQueue)$' -p threads=virtual -f 2.
Machine: 2 shared vCPUs, other helpers building, testing and benchmarking (their runs share the flock); my own test runs overlapped B1-virtual-r4, B3-platform-b3p1, the v1/v2 and w1/w2 runs.
A1-virtual: load 5.70 2.82 2.28 (08:52) before, 4.40 3.32 2.52 (08:53) after. fe3e3fd-virtual-r1: load about 5.7 (08:54-08:56, its runs.log line lost when the first loop was restarted).
Per run, median of all iterations in ns/op (per-fork medians in brackets), in run order:
Traceback (most recent call last):
  File "/tmp/rdv14/table.py", line 12, in <module>
    name,thr,rnd=f[:-5].split('-')
    ^^^^^^^^^^^^
ValueError: not enough values to unpack (expected 3, got 2)
Outcome: B3 kept (c591903); not settled on this loaded machine, a quiet A/B decides (docs/memory-streams.md, What was tried).
