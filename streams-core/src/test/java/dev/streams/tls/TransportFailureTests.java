package dev.streams.tls;

import static dev.streams.tls.TlsFixtures.client;
import static dev.streams.tls.TlsFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.tls.HostilePeerAfterHandshakeTests.ControlledTransport;
import dev.streams.tls.TlsFixtures.Tasks;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A transport's own {@link BrokenResourceException} (the socket layer's idle and write timeouts
 * are subclasses) reaches the TLS stream's caller as the same instance, so a caller can count
 * closed connections by the exception's type (docs CORE-TIMEOUTS, issue 17).
 */
@Timeout(60)
class TransportFailureTests {

    /** Stands for the socket layer's idle or write timeout, which extend BrokenResourceException. */
    static final class TimeoutLikeFailure extends BrokenResourceException {
        private static final long serialVersionUID = 1L;

        TimeoutLikeFailure(String message) {
            super(message);
        }
    }

    private final Tasks tasks = new Tasks();

    @AfterEach
    void joinTasks() {
        tasks.close();
    }

    @Test
    void aTransportsBrokenResourceExceptionPropagatesUnchangedFromReceiveAndSend() throws Exception {
        for (boolean receiving : new boolean[] {true, false}) {
            ByteStream[] pipe = MemoryPipe.pair(65536);
            ControlledTransport transport = new ControlledTransport(pipe[0]);
            Future<TlsStream> serverSide = tasks.start(() -> TlsStream.wrap(pipe[1], server()));
            try (TlsStream tls = TlsStream.wrap(transport, client()); TlsStream server = Tasks.await(serverSide)) {
                TimeoutLikeFailure failure = new TimeoutLikeFailure(receiving ? "idle" : "write");
                transport.failure = failure;
                Throwable thrown = catchThrowable(() -> {
                    if (receiving) {
                        tls.receive();
                    } else {
                        tls.send(new byte[100]);
                    }
                });
                assertThat(thrown).as(receiving ? "receive" : "send").isSameAs(failure);
                assertThat(catchThrowable(tls::receive)).as("the stream is broken afterwards")
                        .isInstanceOf(BrokenResourceException.class);
            }
        }
    }
}
