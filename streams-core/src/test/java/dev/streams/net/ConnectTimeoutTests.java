package dev.streams.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connect timeout of {@link Tcp#connect(String, int, Duration)}: a loopback listener whose
 * accept queue is full ({@link UnansweredPort}) leaves a connect pending, as a firewall that drops
 * SYNs would, without traffic leaving the machine. Without the timeout the connect would wait for
 * the kernel's SYN retries (about two minutes).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectTimeoutTests {

    @RegisterExtension
    final ResourceLeakCheck leakCheck = new ResourceLeakCheck();

    @Test
    void aPeerThatNeverAnswersFailsTheConnectAfterTheTimeout() throws Exception {
        Duration timeout = Duration.ofMillis(500);
        try (UnansweredPort unanswered = new UnansweredPort()) {
            InetSocketAddress address = unanswered.address();
            long start = System.nanoTime();
            assertThatThrownBy(() -> Tcp.connect("127.0.0.1", address.getPort(), timeout))
                    .isInstanceOf(ConnectFailedException.class)
                    .satisfies(e -> {
                        assertThat(e.getSuppressed()).hasSize(1);
                        assertThat(e.getSuppressed()[0]).isInstanceOf(SocketTimeoutException.class)
                                .hasMessageContaining("timed out after 500 ms")
                                .hasMessageContaining("127.0.0.1:" + address.getPort());
                    });
            long elapsed = System.nanoTime() - start;
            assertThat(elapsed).as("not before the timeout").isGreaterThanOrEqualTo(timeout.toNanos());
            assertThat(elapsed).as("loosely soon after it").isLessThan(TimeUnit.SECONDS.toNanos(15));
        }
        // The pending attempt was closed: ResourceLeakCheck verifies no socket is left.
    }

    @Test
    void earlierFailuresComeBeforeTheTimedOutAttempts() throws Exception {
        try (UnansweredPort unanswered = new UnansweredPort()) {
            InetSocketAddress refused = new InetSocketAddress("127.0.0.1", TcpConnectTests.refusedPort());
            // 3 s, not less: the refused attempt must have failed before the deadline, even on a
            // busy machine, for both failures to be reported.
            assertThatThrownBy(() -> HappyEyeballs.connect(List.of(refused, unanswered.address()),
                    TimeUnit.HOURS.toNanos(1), TimeUnit.SECONDS.toNanos(3)))
                    .isInstanceOf(ConnectFailedException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getClass)
                            .containsExactly(java.net.ConnectException.class, SocketTimeoutException.class));
        }
    }

    @Test
    void aListenerThatAnswersConnectsWellWithinTheTimeout() throws Exception {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0);
                SocketStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT),
                        Duration.ofSeconds(10));
                SocketStream server = listener.accept()) {
            client.send(new byte[] {1});
            assertThat(server.receive()).containsExactly(1);
        }
    }

    @Test
    void theDefaultTimeoutIsFinite() {
        assertThat(Tcp.DEFAULT_CONNECT_TIMEOUT).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void badTimeoutsAreRejectedNamingTheArgument() {
        assertThatThrownBy(() -> Tcp.connect("127.0.0.1", 1, (Duration) null))
                .isInstanceOf(NullPointerException.class).hasMessage("timeout");
        assertThatThrownBy(() -> Tcp.connect("127.0.0.1", 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> Tcp.connect("127.0.0.1", 1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }
}
