package dev.streams.tls;

import static dev.streams.tls.TlsFixtures.CA;
import static dev.streams.tls.TlsFixtures.SERVER;
import static dev.streams.tls.TlsFixtures.bytes;
import static dev.streams.tls.TlsFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.BrokenResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.Tcp;
import dev.streams.tls.TlsFixtures.Tasks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interoperability with the real OpenSSL command line tools; skipped when {@code openssl} is missing. */
@Timeout(60)
class OpenSslInteropTests {

    private static boolean opensslAvailable;

    @TempDir
    Path dir;

    private final Tasks tasks = new Tasks();
    private final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void findOpenssl() {
        try {
            Process version = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            opensslAvailable = version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            opensslAvailable = false;
        }
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        tasks.close();
    }

    private static void assumeOpenssl() {
        org.junit.jupiter.api.Assumptions.assumeTrue(opensslAvailable, "[no openssl] openssl is not on the PATH");
    }

    /** A started process whose output lines are collected on a task. */
    private final class Tool {
        final Process process;
        final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final OutputStream stdin;

        Tool(String... command) throws IOException {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            processes.add(process);
            stdin = process.getOutputStream();
            tasks.start(() -> {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = reader.readLine()) != null; ) {
                        lines.add(line);
                    }
                }
                return null;
            });
        }

        void awaitLine(String prefix) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            while (true) {
                String line = lines.poll(20, TimeUnit.SECONDS);
                assertThat(line).as("a line with '%s' from %s after %s", prefix, process.info().command(), seen)
                        .isNotNull();
                seen.add(line);
                if (line.contains(prefix)) { // s_client may print our echo right after its own output
                    return;
                }
            }
        }

        void write(String text) throws IOException {
            stdin.write(text.getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Our TLS server: one connection, echoes until the end; returns what ended it. */
    private Future<Exception> echoServer(SocketListener listener, String version) {
        return tasks.start(() -> {
            try (TlsStream tls = TlsStream.wrap(listener.accept(), server().protocols(version))) {
                while (true) {
                    tls.send(tls.receive());
                }
            } catch (EndOfStreamException | BrokenResourceException e) {
                return e;
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void opensslClientTalksToOurServer(String version) throws Exception {
        assumeOpenssl();
        write("ca.pem", CA.certificatePem());
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Future<Exception> server = echoServer(listener, version);
            Tool client = new Tool("openssl", "s_client", "-connect", "127.0.0.1:" + listener.extra(SocketAttribute.LOCAL_PORT),
                    "-servername", "localhost", "-verify_hostname", "localhost", "-CAfile", "ca.pem",
                    "-verify_return_error", version.equals("TLSv1.3") ? "-tls1_3" : "-tls1_2");
            client.write("hello from openssl\n");
            client.awaitLine("hello from openssl");
            client.write("Q\n");
            assertThat(client.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(client.process.exitValue()).isZero();
            assertThat(Tasks.await(server)).isInstanceOf(EndOfStreamException.class); // a clean close_notify
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void ourClientTalksToOpensslServer(String version) throws Exception {
        assumeOpenssl();
        write("chain.pem", SERVER.certificateChainPem());
        write("key.pem", SERVER.privateKeyPem());
        int port;
        try (SocketListener probe = Tcp.listen("127.0.0.1", 0)) {
            port = probe.extra(SocketAttribute.LOCAL_PORT);
        }
        Tool server = new Tool("openssl", "s_server", "-accept", "127.0.0.1:" + port, "-naccept", "1",
                "-cert", "chain.pem", "-key", "key.pem", "-rev", version.equals("TLSv1.3") ? "-tls1_3" : "-tls1_2");
        server.awaitLine("ACCEPT");
        try (TlsStream tls = Tcp.connect("127.0.0.1", port, TlsOptions.client(CA.clientContext()))) {
            assertThat(tls.extra(TlsAttribute.TLS_VERSION)).isEqualTo(version);
            tls.send(bytes("hello\n"));
            StringBuilder reply = new StringBuilder();
            while (reply.indexOf("\n") < 0) {
                reply.append(new String(tls.receive(), StandardCharsets.UTF_8));
            }
            assertThat(reply.toString()).isEqualTo("olleh\n"); // checklist 82
        }
        assertThat(server.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    private Tool opensslClient(SocketListener listener, String version) throws IOException {
        return new Tool("openssl", "s_client", "-connect", "127.0.0.1:" + listener.extra(SocketAttribute.LOCAL_PORT),
                "-servername", "localhost", "-CAfile", "ca.pem", version);
    }

    @Test
    void tls12RenegotiationIsRefused() throws Exception {
        assumeOpenssl();
        write("ca.pem", CA.certificatePem());
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Future<Exception> server = echoServer(listener, "TLSv1.2");
            Tool client = opensslClient(listener, "-tls1_2");
            client.write("before\n");
            client.awaitLine("before");
            client.write("R\n"); // s_client starts a renegotiation
            assertThat(Tasks.await(server)).isInstanceOf(BrokenResourceException.class)
                    .hasMessageContaining("renegotiation");
        }
    }

    @Test
    void tls13KeyUpdateRequestedByThePeerIsAnswered() throws Exception {
        assumeOpenssl();
        write("ca.pem", CA.certificatePem());
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Future<Exception> server = echoServer(listener, "TLSv1.3");
            Tool client = opensslClient(listener, "-tls1_3");
            client.write("before\n");
            client.awaitLine("before");
            client.write("K\n"); // KeyUpdate with update_requested: we must send ours
            client.awaitLine("KEYUPDATE"); // s_client treats a whole stdin read as one command: wait
            client.write("after\n");
            client.awaitLine("after");
            client.write("Q\n");
            assertThat(client.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(Tasks.await(server)).isInstanceOf(EndOfStreamException.class);
        }
    }
}
