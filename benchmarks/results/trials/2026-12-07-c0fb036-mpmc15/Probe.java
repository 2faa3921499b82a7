package dev.streams.memory;

import java.util.concurrent.atomic.LongAdder;

/** Scratch counters (never committed). */
final class Probe {
    static final boolean ON = Boolean.getBoolean("streams.memory.probe");
    static final String[] NAMES = {"offerOk", "offerCasFail", "offerSeqAhead", "offerFull", "pollOk", "pollCasFail",
        "pollStaleSpin", "pollEmpty", "sendSpinEntry", "sendSpinStep", "sendSpinYield", "sendSpinOk", "recvSpinEntry",
        "recvSpinStep", "recvSpinYield", "recvSpinOk", "sendLocked", "recvLocked", "park", "waiterSpinStep"};
    static final int OFFER_OK = 0, OFFER_CAS_FAIL = 1, OFFER_SEQ_AHEAD = 2, OFFER_FULL = 3, POLL_OK = 4, POLL_CAS_FAIL = 5,
        POLL_STALE = 6, POLL_EMPTY = 7, SEND_SPIN_ENTRY = 8, SEND_SPIN_STEP = 9, SEND_SPIN_YIELD = 10, SEND_SPIN_OK = 11,
        RECV_SPIN_ENTRY = 12, RECV_SPIN_STEP = 13, RECV_SPIN_YIELD = 14, RECV_SPIN_OK = 15, SEND_LOCKED = 16,
        RECV_LOCKED = 17, PARK = 18, WAITER_SPIN = 19;
    static final LongAdder[] C = new LongAdder[NAMES.length];

    static {
        for (int i = 0; i < C.length; i++) {
            C[i] = new LongAdder();
        }
        if (ON) {
            Thread t = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    StringBuilder b = new StringBuilder("PROBE");
                    for (int i = 0; i < C.length; i++) {
                        b.append(' ').append(NAMES[i]).append('=').append(C[i].sumThenReset());
                    }
                    System.err.println(b);
                }
            });
            t.setDaemon(true);
            t.start();
        }
    }

    static void inc(int i) {
        if (ON) {
            C[i].increment();
        }
    }
}
