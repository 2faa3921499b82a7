package dev.streams.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ResourceLeakCheck.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SocketPollerTests {

    private static final int ROUNDS = 10;
    private static final int PAIRS = 16;
    private static final int CLOSERS = 4;

    /**
     * Regression: close() of a channel registered with the poller waits for the poller to
     * deregister it. A deregistration request that arrived while the poller was about to run
     * selectNow() for an earlier one had its wake-up consumed by that selectNow(); the poller then
     * blocked in select() with the request queued and the closing thread parked forever (seen once
     * on JDK 25 under load, in TlsListenerTests). The window is a few instructions wide, so this
     * stress test guards the close path as a whole rather than reproducing that interleaving on
     * demand; the fix rests on Selector's contract that selectNow() clears a pending wake-up.
     */
    @Test
    void concurrentClosesOfRegisteredChannelsAllReturn() throws Exception {
        ExecutorService closers = Executors.newFixedThreadPool(CLOSERS, r -> {
            Thread thread = new Thread(r, "test-closer");
            thread.setDaemon(true);
            return thread;
        });
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            for (int round = 0; round < ROUNDS; round++) {
                List<SocketStream> streams = new ArrayList<>();
                List<Background<byte[]>> receivers = new ArrayList<>();
                for (int i = 0; i < PAIRS; i++) {
                    SocketStream client = Tcp.connect("127.0.0.1", port);
                    SocketStream server = listener.accept();
                    streams.add(client);
                    streams.add(server);
                    receivers.add(Background.start("receive", server::receive)); // registers with the poller
                }
                for (Background<byte[]> receiver : receivers) {
                    receiver.awaitParked();
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> closes = new ArrayList<>();
                for (int c = 0; c < CLOSERS; c++) {
                    int first = c;
                    closes.add(closers.submit(() -> {
                        start.await();
                        for (int i = first; i < streams.size(); i += CLOSERS) {
                            streams.get(i).close();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> close : closes) {
                    close.get(10, TimeUnit.SECONDS); // a lost wake-up shows up here as a TimeoutException
                }
                for (Background<byte[]> receiver : receivers) {
                    // its own close, or the peer's close seen first as the end of the stream
                    assertThat(receiver.failure()).isInstanceOfAny(ClosedResourceException.class, EndOfStreamException.class);
                }
            }
        } finally {
            closers.shutdownNow();
        }
    }
}
