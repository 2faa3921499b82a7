package dev.streams.tls;

import static dev.streams.tls.TlsFixtures.CA;
import static dev.streams.tls.TlsFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.net.SocketAttribute;
import dev.streams.net.Tcp;
import dev.streams.tls.TlsFixtures.Tasks;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLParameters;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a failed handshake writes to the log when the peer chooses the text: a ClientHello whose
 * SNI host name holds CR/LF and a forged log line, padded to 32 KiB, sent again and again. The
 * JDK rejects the name and puts it in its exception message; the listener must neither forge a
 * line nor flood the log: one DEBUG line per failure, escaped and cut, and one INFO summary.
 */
@Timeout(60)
class HandshakeFailureLogTests {

    private static final String FORGED = "evil\r\n2026-01-01 INFO dev.streams FORGED LINE\n";

    private final Tasks tasks = new Tasks();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(TlsListener.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;
    private TlsListener listener;
    private Future<Void> serving;
    private int port;

    @BeforeEach
    void start() {
        previousLevel = log.getLevel();
        log.setLevel(Level.ALL);
        log.addHandler(capture);
        listener = new TlsListener(Tcp.listen("127.0.0.1", 0), server().handshakeTimeout(Duration.ofSeconds(10)));
        port = listener.extra(SocketAttribute.LOCAL_PORT);
        serving = tasks.start(() -> {
            listener.serve(stream -> stream.send(stream.receive()));
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        listener.close();
        Tasks.await(serving);
        tasks.close();
        log.removeHandler(capture);
        log.setLevel(previousLevel);
    }

    @Test
    void aHostileSniNameNeitherForgesNorFloodsTheLog() throws Exception {
        byte[] hello = clientHelloWithServerName(FORGED + "a".repeat(31 * 1024 - FORGED.length()));
        int attempts = 5;
        for (int i = 0; i < attempts; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port));
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(hello);
                out.flush();
                InputStream in = socket.getInputStream();
                while (in.read(new byte[4096]) != -1) {
                    // the server's alert, then its close
                }
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> records.stream().filter(r -> r.getLevel().intValue() < Level.INFO.intValue()).count() >= attempts);
        for (LogRecord record : records) {
            String message = record.getMessage();
            assertThat(message).as("a log line a peer shaped").doesNotContain("\r").doesNotContain("\n");
            assertThat(message.length()).as("a log line's length").isLessThan(2000);
            assertThat(record.getThrown()).as("no exception (its message is the peer's text)").isNull();
        }
        List<LogRecord> info = records.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue()).toList();
        assertThat(info).as("INFO lines for " + attempts + " failures within a minute").hasSize(1);
        // The first failure is summarised at once, but a handler still reporting when the next
        // attempt's handler reports too folds both into that summary (the handler closes the socket
        // before it reports): the count is between 1 and the attempts, and the line is one.
        assertThat(info.get(0).getMessage()).matches("(?s)[1-" + attempts + "] TLS handshakes? failed since the last summary.*")
                .contains("\\r\\n");
        assertThat(records.stream().filter(r -> r.getLevel().intValue() < Level.INFO.intValue()))
                .allSatisfy(r -> assertThat(r.getMessage()).contains("127.0.0.1").contains("more chars"));
        listenerStillServes();
    }

    private void listenerStillServes() throws Exception {
        try (TlsStream tls = Tcp.connect("127.0.0.1", port, TlsOptions.client(CA.clientContext()))) {
            tls.send("ping".getBytes(StandardCharsets.UTF_8));
            assertThat(tls.receive()).isEqualTo("ping".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A host_name SNI entry with arbitrary bytes (SNIHostName would refuse them). */
    private static final class RawServerName extends SNIServerName {
        RawServerName(byte[] encoded) {
            super(0, encoded);
        }
    }

    /** The first flight of a JDK client asking for {@code serverName}, as bytes for the wire. */
    static byte[] clientHelloWithServerName(String serverName) throws Exception {
        SSLEngine engine = CA.clientContext().createSSLEngine("localhost", 443);
        engine.setUseClientMode(true);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setServerNames(List.of(new RawServerName(serverName.getBytes(StandardCharsets.ISO_8859_1))));
        engine.setSSLParameters(parameters);
        engine.beginHandshake();
        ByteBuffer out = ByteBuffer.allocate(256 * 1024);
        while (true) {
            ByteBuffer room = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            SSLEngineResult result = engine.wrap(ByteBuffer.allocate(0), room);
            room.flip();
            out.put(room);
            if (result.bytesProduced() == 0 || result.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NEED_WRAP) {
                break;
            }
        }
        return Arrays.copyOf(out.array(), out.position());
    }
}
