package dev.streams.stapled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.stapled.MemoryListener.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class MultiListenerTests {

    private final MemoryListener first = new MemoryListener("first");
    private final MemoryListener second = new MemoryListener("second");
    private final MultiListener<Connection> multi = new MultiListener<>(List.of(first, second));

    @Test
    void acceptReturnsConnectionsFromEveryChild() throws Exception { // checklist 114
        Connection a = first.connect("a");
        Connection b = second.connect("b");
        Set<Connection> accepted = new HashSet<>();
        accepted.add(multi.accept());
        accepted.add(multi.accept());
        assertThat(accepted).containsExactlyInAnyOrder(a, b);
        multi.close();
    }

    @Test
    void serveHandlesConnectionsFromEveryChildUntilClosed() throws Exception { // checklist 114
        Set<String> handled = ConcurrentHashMap.newKeySet();
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            try {
                multi.serve(connection -> handled.add(connection.name));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Connection a = first.connect("a");
        Connection b = second.connect("b");
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);
        assertThat(handled).containsExactlyInAnyOrder("a", "b");
        await().atMost(Duration.ofSeconds(10)).until(() -> a.closed && b.closed); // serve closes each stream
        multi.close();
        serving.get(10, TimeUnit.SECONDS); // serve returns once the listener is closed
    }

    @Test
    void closeWakesABlockedAcceptAndClosesEveryChild() throws Exception {
        CompletableFuture<Connection> accepting = CompletableFuture.supplyAsync(() -> {
            try {
                return multi.accept();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> first.acceptsWaiting() == 1 && second.acceptsWaiting() == 1);
        multi.close();
        assertThatThrownBy(() -> accepting.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ClosedResourceException.class);
        assertThat(first.isClosed()).isTrue();
        assertThat(second.isClosed()).isTrue();
        assertThatThrownBy(multi::accept).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void noAcceptedConnectionIsLeakedOnClose() throws Exception {
        List<Connection> returned = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.connect("a" + i);
            second.connect("b" + i);
        }
        returned.add(multi.accept()); // starts the pumps; each then holds one more connection
        await().atMost(Duration.ofSeconds(10)).until(() -> first.handedOut.size() + second.handedOut.size() >= 3);
        multi.close();
        // Every connection a child handed to a pump either reached accept() or is closed by the pump.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (MemoryListener child : List.of(first, second)) {
                for (Connection connection : child.handedOut) {
                    assertThat(returned.contains(connection) || connection.closed)
                            .as("leaked %s", connection).isTrue();
                }
            }
        });
        assertThat(returned.get(0).closed).isFalse();
    }

    @Test
    void aChildsAcceptFailureIsRethrownAndTheOthersKeepServing() throws Exception {
        first.failNextAccept(new BrokenResourceException("too many open files"));
        assertThatThrownBy(multi::accept).isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("too many open files");
        Connection a = first.connect("a");
        assertThat(multi.accept()).isSameAs(a);
        multi.close();
    }

    @Test
    void acceptThrowsClosedOnceEveryChildIsClosed() throws Exception {
        Connection a = second.connect("a");
        first.close();
        assertThat(multi.accept()).isSameAs(a);
        second.close();
        assertThatThrownBy(multi::accept).isInstanceOf(ClosedResourceException.class);
        multi.close();
    }

    @Test
    void attributesAreTheChildrensMergedLaterWinning() {
        assertThat(multi.extra(MemoryListener.NAME)).isEqualTo("second");
        assertThat(multi.listeners()).containsExactly(first, second);
        multi.close();
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> new MultiListener<Connection>(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listeners");
        assertThatThrownBy(() -> new MultiListener<Connection>(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("listeners");
        multi.close();
    }
}
