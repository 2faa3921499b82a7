package dev.streams.sample.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.memory.MemoryObjectStream;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.SocketStream;
import dev.streams.net.Tcp;
import dev.streams.sample.PemContexts;
import dev.streams.sample.devcert.DevCertificates;
import dev.streams.sample.relay.LineProtocol;
import dev.streams.sample.relay.Publication;
import dev.streams.sample.relay.Relay;
import dev.streams.sample.relay.RelaySettings;
import dev.streams.tls.ClientAuth;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The {@code --client} mode against a relay served over real TLS on loopback. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RelayClientTests {

    @TempDir
    static Path certificates;

    private final List<Thread> threads = new ArrayList<>();
    private MemoryObjectStream<Publication> inbound;
    private SocketListener listener;
    private Relay relay;

    @BeforeEach
    void generateCertificates() throws Exception {
        DevCertificates.ensure(certificates);
    }

    /** A relay behind a hand-made TLS accept loop (the Spring app uses the starter's listener). */
    private int serve(TlsOptions serverOptions) {
        this.inbound = MemoryObjectStream.create(16, Publication.class);
        this.relay = new Relay(this.inbound.sendStream(), RelaySettings.DEFAULTS, Thread::new);
        this.listener = Tcp.listen("127.0.0.1", 0);
        fork(() -> {
            for (Publication publication : this.inbound.receiveStream()) {
                this.relay.fanOut(publication);
            }
        });
        fork(() -> {
            while (true) {
                SocketStream accepted;
                try {
                    accepted = this.listener.accept();
                } catch (InterruptedException | RuntimeException closed) {
                    return;
                }
                fork(() -> {
                    try (TlsStream tls = TlsStream.wrap(accepted, serverOptions)) {
                        this.relay.serve(tls);
                    } catch (InterruptedException | RuntimeException handshakeFailed) {
                        accepted.close();
                    }
                });
            }
        });
        return this.listener.extra(SocketAttribute.LOCAL_PORT);
    }

    private void fork(Runnable body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException ended) {
                // closed at the end of the test
            }
        });
        thread.setDaemon(true);
        this.threads.add(thread);
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (this.listener != null) {
            this.listener.close();
            this.inbound.close();
        }
        for (Thread thread : this.threads) {
            thread.interrupt();
            thread.join(5000);
        }
    }

    private record Outcome(int exitCode, List<String> stdout, String stderr) {
    }

    private static Outcome run(String stdin, String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RelayClient.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scriptedSessionPrintsEveryServerLineAndEndsWithBye() throws InterruptedException {
        int port = serve(TlsOptions.server(PemContexts.of(certificates, DevCertificates.SERVER_CHAIN,
                DevCertificates.SERVER_KEY, null)));

        Outcome outcome = run("SUB t\nPUB t hello there\nNOPE\n", "--client", "--host=127.0.0.1", "--port", "" + port,
                "--ca=" + certificates.resolve(DevCertificates.CA));

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).startsWith(LineProtocol.GREETING, "OK SUB t").endsWith("BYE")
                .contains("OK PUB t", "MSG t hello there",
                        "ERR unknown command 'NOPE'; expected SUB, UNSUB, PUB, STATS or QUIT")
                .hasSize(6);
    }

    @Test
    void clientCertificateOptionsSatisfyMutualTls() throws InterruptedException {
        int port = serve(TlsOptions.server(PemContexts.of(certificates, DevCertificates.SERVER_CHAIN,
                DevCertificates.SERVER_KEY, DevCertificates.CA)).clientAuth(ClientAuth.NEED));
        String ca = "--ca=" + certificates.resolve(DevCertificates.CA);

        Outcome withCertificate = run("STATS\n", "--host=127.0.0.1", "--port=" + port, ca,
                "--cert=" + certificates.resolve(DevCertificates.CLIENT_CHAIN),
                "--key=" + certificates.resolve(DevCertificates.CLIENT_KEY));
        Outcome without = run("STATS\n", "--host=127.0.0.1", "--port=" + port, ca);

        assertThat(withCertificate.exitCode()).as(withCertificate.stderr()).isZero();
        assertThat(withCertificate.stdout()).contains("BYE").anyMatch(line -> line.startsWith("STATS connections=1"));
        assertThat(without.exitCode()).isEqualTo(1);
        assertThat(without.stdout()).isEmpty();
        assertThat(without.stderr()).startsWith("relay client: ");
    }

    @Test
    void badOptionsExplainTheUsage() throws InterruptedException {
        assertThat(run("", "--port=http").stderr()).contains("--port must be 1..65535, was 'http'", "usage:");
        assertThat(run("", "--colour=red").exitCode()).isEqualTo(2);
        Outcome noCa = run("", "--ca=" + certificates.resolve("missing.pem"));
        assertThat(noCa.exitCode()).isEqualTo(2);
        assertThat(noCa.stderr()).contains("no such file: ", "missing.pem");
        assertThat(run("", "--cert=" + certificates.resolve(DevCertificates.CLIENT_CHAIN),
                "--ca=" + certificates.resolve(DevCertificates.CA)).stderr()).contains("--cert and --key go together");
    }
}
