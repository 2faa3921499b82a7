package dev.streams.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JVM-wide deadline thread of TLS ({@link HandshakeTimer}): order, cancels, wake-ups. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HandshakeTimerTests {

    @Test
    void anEarlierDeadlineScheduledAfterALaterOneRunsOnTime() throws Exception {
        Future<?> late = HandshakeTimer.schedule(() -> { }, Duration.ofHours(1));
        CountDownLatch ran = new CountDownLatch(1);
        HandshakeTimer.schedule(ran::countDown, Duration.ofMillis(10));
        assertThat(ran.await(10, TimeUnit.SECONDS)).as("the earlier deadline ran while the later one waits").isTrue();
        late.cancel(false);
    }

    @Test
    void deadlinesRunInTheirOrderNotTheOrderOfScheduling() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(3);
        HandshakeTimer.schedule(() -> { order.add(3); all.countDown(); }, Duration.ofMillis(300));
        HandshakeTimer.schedule(() -> { order.add(1); all.countDown(); }, Duration.ofMillis(100));
        HandshakeTimer.schedule(() -> { order.add(2); all.countDown(); }, Duration.ofMillis(200));
        assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly(1, 2, 3);
    }

    @Test
    void aCancelledDeadlineNeverRunsAndLeavesTheQueueAtOnce() throws Exception {
        int before = HandshakeTimer.pending();
        AtomicBoolean cancelledRan = new AtomicBoolean();
        Future<?> cancelled = HandshakeTimer.schedule(() -> cancelledRan.set(true), Duration.ofMillis(50));
        assertThat(HandshakeTimer.pending()).isEqualTo(before + 1);
        assertThat(cancelled.cancel(false)).isTrue();
        assertThat(HandshakeTimer.pending()).as("removed by the cancel, not when due").isEqualTo(before);
        CountDownLatch later = new CountDownLatch(1);
        HandshakeTimer.schedule(later::countDown, Duration.ofMillis(150));
        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledRan).as("the cancelled deadline ran").isFalse();
    }

    @Test
    void aFailingTaskDoesNotStopTheTimer() throws Exception {
        HandshakeTimer.schedule(() -> {
            throw new IllegalStateException("expected by the test");
        }, Duration.ZERO);
        CountDownLatch next = new CountDownLatch(1);
        HandshakeTimer.schedule(next::countDown, Duration.ofMillis(20));
        assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void laterDeadlinesDoNotWakeTheTimerThread() throws Exception {
        // issue 15: a ScheduledThreadPoolExecutor woke its thread for nearly every handshake
        Future<?> first = HandshakeTimer.schedule(() -> { }, Duration.ofMinutes(10));
        long wakeUps = HandshakeTimer.wakeUps();
        for (int i = 0; i < 100; i++) {
            HandshakeTimer.schedule(() -> { }, Duration.ofMinutes(20)).cancel(false); // a handshake's deadline
        }
        assertThat(HandshakeTimer.wakeUps() - wakeUps).as("wake-ups for 100 later deadlines").isZero();
        first.cancel(false);
    }
}
