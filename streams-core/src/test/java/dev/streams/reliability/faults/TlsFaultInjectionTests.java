package dev.streams.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.BrokenResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.StreamException;
import dev.streams.reliability.Bounded;
import dev.streams.reliability.TlsEchoServer;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * TLS over a {@link FaultyByteStream}: a client sends random bytes, the server echoes them, and
 * the server's transport ends, resets, flips a byte (on what it receives), drops the rest of what
 * it sends, or resets while sending, at a random offset that falls in the handshake, the data
 * phase, or past the end. Whatever happens:
 * <ul>
 *   <li>no wrong byte: what the server received is a prefix of what was sent, and the echo the
 *       client received is a prefix of that;</li>
 *   <li>the documented exception (TlsStream and TlsOptions#standardCompatible): a reset or a
 *       corrupt record is a {@link BrokenResourceException}; an end without close_notify is a
 *       {@code BrokenResourceException} when standard-compatible and an
 *       {@link EndOfStreamException} when not; an {@code EndOfStreamException} also when every
 *       byte arrived (the peer's close_notify);</li>
 *   <li>no hang (each try is bounded) and both transports closed.</li>
 * </ul>
 */
class TlsFaultInjectionTests {

    /** jqwik ignores JUnit's @Timeout: each try bounds itself. */
    private static final Duration TRY_DEADLINE = Duration.ofSeconds(30);
    /**
     * A corrupt length field can leave both sides waiting; the handshake timeout ends that. Every
     * fault-free handshake (1-byte chunks, injected sleeps, a loaded machine) must finish inside it,
     * so it is seconds, not the 1 s it once was.
     */
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(5);
    private static final int DATA_BYTES = 2_000;

    @Property(tries = 100)
    void everyFaultEndsInTheDocumentedExceptionNeverAWrongByteNorAHang(@ForAll Fault fault,
            @ForAll @LongRange(min = 0, max = 4_500) long at, @ForAll @IntRange(min = 1, max = 64) int maxChunk,
            @ForAll boolean standardCompatible, @ForAll long seed) throws Exception {
        Bounded.run(TRY_DEADLINE, () -> {
            byte[] data = new byte[DATA_BYTES];
            new SplittableRandom(seed).nextBytes(data);
            BytePipe.Ends pipe = BytePipe.create();
            FaultyByteStream serverTransport = new FaultyByteStream(pipe.right(), FaultPlan.of(fault, at, maxChunk, seed));
            Outcome server = new Outcome();
            Thread serverThread = new Thread(() -> echo(serverTransport, standardCompatible, server), "test-tls-server");
            serverThread.setDaemon(true);
            serverThread.start();
            Outcome client = new Outcome();
            runClient(pipe.left(), standardCompatible, data, seed, client);
            serverThread.join(TimeUnit.SECONDS.toMillis(20));
            assertThat(serverThread.isAlive()).as("server finished (%s)", serverTransport).isFalse();

            String where = fault + " at " + at + ", chunks " + maxChunk + ", standardCompatible " + standardCompatible
                    + ", seed " + seed + ", server " + server + ", client " + client;
            byte[] serverGot = server.bytes.toByteArray();
            byte[] clientGot = client.bytes.toByteArray();
            assertThat(isPrefix(serverGot, data)).as("server received a prefix of the data: " + where).isTrue();
            assertThat(isPrefix(clientGot, serverGot)).as("client's echo is a prefix of what the server received: "
                    + where).isTrue();
            assertThat(serverTransport.isClosed()).as("server transport closed: " + where).isTrue();
            assertThat(pipe.left().isClosed()).as("client transport closed: " + where).isTrue();

            if (fault == Fault.NONE) {
                assertThat(clientGot).as("no fault: everything echoed: " + where).isEqualTo(data);
            }
            Class<? extends Throwable> ragged = standardCompatible ? BrokenResourceException.class
                    : EndOfStreamException.class;
            // The server meets receive faults and its own send reset; an unfinished transfer must
            // end in the documented exception (a complete one may end in the peer's close_notify).
            Throwable serverError = server.error.get();
            if (fault != Fault.NONE && fault != Fault.TRUNCATE && serverError != null && serverGot.length < data.length) {
                if (fault == Fault.CORRUPT) {
                    // a corrupt record is refused; a corrupt length field stalls both sides until the
                    // client's handshake timeout closes its end, which the server sees as the peer leaving
                    assertThat(serverError).as("server: " + where).isInstanceOfAny(BrokenResourceException.class, ragged);
                } else {
                    assertThat(serverError).as("server: " + where)
                            .isInstanceOf(fault == Fault.END ? ragged : BrokenResourceException.class);
                }
            }
            // A truncating or reset sender: the client sees its transport end without close_notify.
            Throwable clientError = client.error.get();
            if ((fault == Fault.TRUNCATE || fault == Fault.SEND_RESET) && clientError != null
                    && clientGot.length < data.length) {
                if (fault == Fault.TRUNCATE) {
                    assertThat(clientError).as("client: " + where).isInstanceOf(ragged);
                } else {
                    // a reset closes both directions: the client either reads the end or writes into the reset
                    assertThat(clientError).as("client: " + where).isInstanceOfAny(ragged, BrokenResourceException.class);
                }
            }
            for (Outcome side : new Outcome[] {server, client}) {
                Throwable any = side.error.get();
                if (any != null) {
                    assertThat(any).as("only stream exceptions: " + where)
                            .isInstanceOfAny(BrokenResourceException.class, EndOfStreamException.class);
                }
            }
        });
    }

    private static boolean isPrefix(byte[] prefix, byte[] of) {
        return prefix.length <= of.length && Arrays.equals(prefix, 0, prefix.length, of, 0, prefix.length);
    }

    /** What one side got before it stopped, and the exception that stopped it (if any). */
    private static final class Outcome {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final AtomicReference<Throwable> error = new AtomicReference<>();

        @Override
        public String toString() {
            return bytes.size() + " bytes, " + error.get();
        }
    }

    private static void echo(FaultyByteStream transport, boolean standardCompatible, Outcome outcome) {
        try (transport) {
            try (TlsStream tls = TlsStream.wrap(transport, TlsEchoServer.serverOptions()
                    .handshakeTimeout(HANDSHAKE_TIMEOUT).standardCompatible(standardCompatible))) {
                while (true) {
                    byte[] chunk = tls.receive();
                    outcome.bytes.write(chunk, 0, chunk.length);
                    tls.send(chunk);
                }
            }
        } catch (Throwable e) {
            outcome.error.set(e);
        }
    }

    private static void runClient(BytePipe.End transport, boolean standardCompatible, byte[] data, long seed,
            Outcome outcome) throws InterruptedException {
        TlsOptions options = TlsOptions.client(TlsEchoServer.CA.clientContext()).hostname("localhost")
                .handshakeTimeout(HANDSHAKE_TIMEOUT).standardCompatible(standardCompatible);
        try (transport) {
            TlsStream tls;
            try {
                tls = TlsStream.wrap(transport, options);
            } catch (StreamException e) {
                outcome.error.set(e);
                return;
            }
            try (tls) {
                Thread sender = new Thread(() -> {
                    SplittableRandom random = new SplittableRandom(~seed);
                    try {
                        for (int offset = 0; offset < data.length; ) {
                            int n = Math.min(data.length - offset, 1 + random.nextInt(500));
                            tls.send(Arrays.copyOfRange(data, offset, offset + n));
                            offset += n;
                        }
                    } catch (StreamException | InterruptedException e) {
                        // the receiving side reports how the session ended
                    }
                }, "test-tls-client-sender");
                sender.setDaemon(true);
                sender.start();
                try {
                    while (outcome.bytes.size() < data.length) {
                        byte[] chunk = tls.receive();
                        outcome.bytes.write(chunk, 0, chunk.length);
                    }
                } catch (StreamException e) {
                    outcome.error.set(e);
                }
                sender.join(TimeUnit.SECONDS.toMillis(20));
                assertThat(sender.isAlive()).as("client sender finished").isFalse();
            }
        }
    }
}
