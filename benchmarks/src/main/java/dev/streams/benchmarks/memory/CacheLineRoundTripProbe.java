package dev.streams.benchmarks.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A probe of the machine, not a benchmark of ours: how long one cache line takes to go from one
 * thread to another and back, two platform threads bouncing a counter in one volatile field. Every
 * spinning queue (ours, JCTools, the Disruptor) pays about this per hand-over while producer and
 * consumer run at the same instant on different CPUs, so the memory benchmarks' modes on a VM
 * (whose vCPUs the host may place on one core complex or on two) should follow it. Run it just
 * before and after a benchmark run and record both figures beside the run.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.memory.CacheLineRoundTripProbe
 * PROBE cache-line round trip: median 291 ns (samples, sorted: 280 284 288 290 291 293 297 301 340 ns; 9 x 200 ms)
 * }</pre>
 */
public final class CacheLineRoundTripProbe {

    private static final VarHandle TURN;
    private static final int SAMPLES = 9;
    private static final long SAMPLE_NANOS = 200_000_000L;

    static {
        try {
            TURN = MethodHandles.lookup().findVarHandle(CacheLineRoundTripProbe.class, "turn", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Even: the pinger's turn; odd: the echo's. Its line holds nothing else that changes while the
     * probe runs ({@link #stop} is written once, at the end).
     */
    private volatile long turn;
    private volatile boolean stop;

    private CacheLineRoundTripProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        CacheLineRoundTripProbe probe = new CacheLineRoundTripProbe();
        Thread echo = new Thread(probe::echo, "probe-echo");
        echo.setDaemon(true);
        echo.start();
        probe.roundTrips(SAMPLE_NANOS); // warm-up: compiles both loops
        double[] nanos = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            long trips = probe.roundTrips(SAMPLE_NANOS);
            nanos[i] = (double) (System.nanoTime() - start) / trips;
        }
        probe.stop = true;
        probe.turn = probe.turn + 1; // release the echo if it waits for an odd turn
        echo.join(1000);
        Arrays.sort(nanos);
        StringBuilder samples = new StringBuilder();
        for (double sample : nanos) {
            samples.append(samples.length() == 0 ? "" : " ").append(Math.round(sample));
        }
        System.out.printf("PROBE cache-line round trip: median %.0f ns (samples, sorted: %s ns; %d x %d ms)%n",
                nanos[SAMPLES / 2], samples, SAMPLES, SAMPLE_NANOS / 1_000_000);
    }

    /** Round trips for about {@code nanos}: writes the echo's (odd) turn and waits for its own (even). */
    private long roundTrips(long nanos) {
        long deadline = System.nanoTime() + nanos;
        long trips = 0;
        long t = turn;
        do {
            for (int i = 0; i < 1024; i++) {
                TURN.setVolatile(this, t + 1);
                while ((t = (long) TURN.getVolatile(this)) % 2 != 0) {
                    Thread.onSpinWait();
                }
            }
            trips += 1024;
        } while (System.nanoTime() < deadline);
        return trips;
    }

    private void echo() {
        while (!stop) {
            long t = (long) TURN.getVolatile(this);
            if (t % 2 != 0) {
                TURN.setVolatile(this, t + 1);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
