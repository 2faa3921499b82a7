Issue 14, branch `lever` (brief: two remaining levers for the virtual rendezvous round trip).
A = main 9708f34 (tree from `git archive 9708f34`), B = lever 2045523 (WaiterQueue padding only).

Lever 1 (built, 2045523): WaiterQueue's poppers' fields (head, handOffs) and appenders' field (tail)
padded apart and from neighbouring objects by a JCTools-style hierarchy (WaiterQueuePad0, Head,
Pad1, Tail, Pad2) of 128 bytes of byte fields each. Offsets checked with Unsafe.objectFieldOffset:
head 140, handOffs 144, tail 280, object ~412 bytes, on JDK 17 and on JDK 25 (with
-XX:+UseCompactObjectHeaders: head 144, handOffs 136, tail 276). With long padding, as first
written, JDK 25 put head at offset 12 (the gap behind the header): hence bytes.

Lever 2 (a Waiter reused per thread): not built, see "Why no reuse" below.

Jars:
  (cd /work/wt/A-src && mvn -B -o -q -pl benchmarks -am package -DskipTests) ; cp benchmarks/target/benchmarks.jar /work/wt/A.jar
  (cd /work/wt/lever && mvn -B -o -q -pl benchmarks -am package -DskipTests) ; cp benchmarks/target/benchmarks.jar /work/wt/B.jar

Each run, in this order A1 B1 B2 A2 (17:47-17:56 UTC) then A3 B3 B4 A4 (17:56-18:05), all under one
`flock /tmp/bench.lock` per run (probe, benchmark, probe):
  java -cp X.jar dev.streams.benchmarks.memory.CacheLineRoundTripProbe            (JDK 17)  -> probes.txt
  /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar X.jar RendezvousPingPongBenchmark \
      -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s -rf json -rff <run>.json           -> <run>.json, <run>.log
  java -cp X.jar dev.streams.benchmarks.memory.CacheLineRoundTripProbe            (JDK 17)  -> probes.txt
Then, to get more alternations into the time left, A5 B5 B6 A6 A7 B7 B8 A8 (from 18:05) with the
same command restricted to the two rows of the brief:
  ... -jar X.jar 'RendezvousPingPongBenchmark.(memoryObjectStream|synchronousQueue)$' -p threads=virtual -f 3 -wi 3 -w 1s -i 5 -r 1s ...
Scripts as run: ab.sh (rounds 1 and 2, the run list edited between them), ab3.sh (round 3).
Start/end times and loads: times.txt. Nothing else ran (the load is the benchmark's own two threads).
Figures: ns per round trip, median of each fork's five iterations (primaryMetric.rawData), the
run's figure the median of its forks: medians.txt (python3 med.py . > medians.txt).

Tests on B (2045523), focused suites
  mvn -B -o -pl streams-core -am test -Dtest='MemoryObject*,*Lincheck*,*Linearizab*,*ExactlyOnce*,*Storm*,SpinPolicy*' -Dsurefire.failIfNoSpecifiedTests=false
  (-am because streams-test is not installed): JDK 17 210 tests, 0 failures, 0 errors, 15 skipped;
  JDK 25 (JAVA_HOME=temurin-25) 210 tests, 0 failures, 0 errors, 14 skipped.

Why no reuse (lever 2). A node may be reused only when nothing can reach it any more; on the
round trip that is never provable without extra shared writes:
 1. A settled node becomes the head sentinel (pop: settle, then HEAD CAS onto it) and stays the
    head until the next pop passes it; the next receiver links behind it (its `next`). When the
    receiver's wait returns its node is the head, or the popper's head CAS has not even run yet.
    So at least two nodes per thread, and the owner still cannot tell when the second is free:
 2. Stale poppers: a popper reads `first = head`, then `first.next`, then CASes the head from
    `first`. A popper delayed after reading `first` (a virtual thread unmounted, a preempted
    carrier) holds a node the head has long passed. If that node is reused and comes round to be
    the head again, the delayed CAS succeeds (ABA) and moves the head onto an old successor: the
    WAITING nodes in between become unreachable (Q1 broken: a receiver waits for ever), or it
    settles a reused node out of FIFO order. Michael-Scott is safe only with GC (no reuse), tagged
    pointers (Java: AtomicStampedReference allocates a pair per CAS) or hazard pointers/epochs
    (a published-and-fenced reference per pop: a store-load fence per pop, more than the TLAB
    bump allocation it saves).
 3. The tail hint: Q2 relies on "from any node ever linked, `next` leads to the last one". A stale
    hint pointing at a node whose owner has reset `next` to null for reuse but not re-linked it
    yet lets an appender CAS itself behind a node that is in no queue: a lost receiver.
 4. settleAll and purge walk under the lock, but appenders do not take it, so a receiver cannot
    wait for "no walk in progress" without taking the lock (the cost rdv16 removed); purge writes
    `p.next` of a dead p, which with reuse may by then be somebody's fresh WAITING node.
 Each hole needs a per-node reference count or an epoch: shared writes on the same lines the
 padding just separated. And LinkedTransferQueue (SynchronousQueue on JDK 25) allocates a node per
 transfer too and reaches 155-170 ns, so the allocation is not what separates the two.
Round 4 (A9 B9 B10 A10, 18:13-18:17) as round 3 (ab4.sh).

Reading (memoryObjectStream, per-fork medians, 30 forks per jar, medians.txt): A 523 ns, B 474 ns
(-9 %); a B fork is below an A fork with probability 0.63 (Mann-Whitney z 1.71, p 0.09): suggestive,
not shown. Round 1 alone: A 575/506 against B 404/376; rounds 2-4 nearly level (A 509, B 489).
The machine sat in its slow state throughout: SynchronousQueue 366 ns to 35 us per fork (its quiet
figure is 155-170), the probe at 65-84 ns or 420-480 ns, rarely 41-42. In the one fast window
(first forks of A9/B9/B10: SynchronousQueue 387/260, 195) ours was A 282, B 240 and 395: one fork
each, too few. The goal row (ours against SynchronousQueue in the fast state) was not measured.
