package dev.streams.sample.client;

import dev.streams.BrokenResourceException;
import dev.streams.ByteSendStream;
import dev.streams.EndOfStreamException;
import dev.streams.IncompleteReadException;
import dev.streams.StreamException;
import dev.streams.buffered.BufferedByteReceiveStream;
import dev.streams.net.Tcp;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * A terminal client for the relay, built on the same stream APIs as the server: it connects over
 * TLS with {@link Tcp#connect(String, int, TlsOptions)}, sends each line typed on standard input and
 * prints each line the server sends. At the end of standard input it sends {@code QUIT} and prints
 * what the server still has to say.
 *
 * <pre>
 * java -jar sample-app/target/sample-app.jar --client                 # interactive
 * printf 'SUB news\nPUB news hello\n' | java -jar sample-app/target/sample-app.jar --client
 * java -jar sample-app/target/sample-app.jar --client --port=9443 --ca=sample-app/certs/ca.pem \
 *     --cert=sample-app/certs/client.pem --key=sample-app/certs/client-key.pem   # mtls profile
 * </pre>
 *
 * <p>Options ({@code --name=value} or {@code --name value}): {@code --host} (default
 * {@code localhost}), {@code --port} (9443), {@code --ca} (the CA to trust, default
 * {@value #DEFAULT_CA}), {@code --cert} and {@code --key} (a client certificate for mTLS).
 *
 * <p>One thread reads standard input and writes to the connection, the calling thread reads the
 * connection: one reader and one writer, as a byte stream allows. Not reusable; not thread-safe.
 */
public final class RelayClient {

    /** The development CA the server generates on first start (run from the repository root). */
    public static final String DEFAULT_CA = "sample-app/certs/ca.pem";

    private static final byte[] NEWLINE = {'\n'};
    private static final int MAX_LINE_BYTES = 1 << 20;

    private final Map<String, String> options;

    private RelayClient(Map<String, String> options) {
        this.options = options;
    }

    /** Entry point: {@code java -jar sample-app.jar --client [options]}. */
    public static void main(String[] args) throws InterruptedException {
        System.exit(run(List.of(args), System.in, System.out, System.err));
    }

    /**
     * Runs a session and returns the process exit code: 0 when the server closed the connection
     * cleanly, 1 when it was lost, 2 for bad options.
     */
    public static int run(List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr)
            throws InterruptedException {
        RelayClient client;
        SSLContext context;
        String host;
        int port;
        try {
            client = new RelayClient(parse(args));
            host = client.options.getOrDefault("host", "localhost");
            port = port(client.options.getOrDefault("port", "9443"));
            context = client.sslContext();
        } catch (IllegalArgumentException e) {
            stderr.println("relay client: " + e.getMessage());
            stderr.println("usage: --client [--host=localhost] [--port=9443] [--ca=" + DEFAULT_CA
                    + "] [--cert=client.pem --key=client-key.pem]");
            return 2;
        }
        return session(host, port, context, stdin, stdout, stderr);
    }

    private static int session(String host, int port, SSLContext context, InputStream stdin, PrintStream stdout,
            PrintStream stderr) throws InterruptedException {
        try (TlsStream tls = Tcp.connect(host, port, TlsOptions.client(context))) {
            Thread input = new Thread(() -> forwardLines(stdin, tls), "relay-client-input");
            input.setDaemon(true); // blocked on standard input when the server ends the session
            input.start();
            BufferedByteReceiveStream in = new BufferedByteReceiveStream(tls);
            while (true) {
                stdout.println(new String(in.receiveUntil(NEWLINE, MAX_LINE_BYTES), StandardCharsets.UTF_8));
                stdout.flush();
            }
        } catch (EndOfStreamException | IncompleteReadException closedByServer) {
            return 0;
        } catch (BrokenResourceException e) {
            stderr.println("relay client: connection lost: " + describe(e));
            return 1;
        } catch (StreamException e) {
            stderr.println("relay client: cannot connect to " + host + ":" + port + ": " + describe(e));
            return 1;
        }
    }

    private static void forwardLines(InputStream stdin, ByteSendStream out) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.send((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.send("QUIT\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException | StreamException | InterruptedException e) {
            // Standard input failed or the connection ended: the reading side reports the outcome.
        }
    }

    private SSLContext sslContext() {
        String ca = this.options.getOrDefault("ca", DEFAULT_CA);
        requireFile(ca, "--ca (start the server once to generate the development CA, or pass --ca=<file>)");
        PemSslStoreDetails trust = PemSslStoreDetails.forCertificates(location(ca));
        PemSslStoreDetails key = null;
        String cert = this.options.get("cert");
        String privateKey = this.options.get("key");
        if ((cert == null) != (privateKey == null)) {
            throw new IllegalArgumentException("--cert and --key go together");
        }
        if (cert != null) {
            requireFile(cert, "--cert");
            requireFile(privateKey, "--key");
            key = PemSslStoreDetails.forCertificates(location(cert)).withPrivateKey(location(privateKey));
        }
        return SslBundle.of(new PemSslStoreBundle(key, trust)).createSslContext();
    }

    static Map<String, String> parse(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--client")) {
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!List.of("host", "port", "ca", "cert", "key").contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            options.put(name, value);
        }
        return options;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be 1..65535, was '" + value + "'");
    }

    private static void requireFile(String path, String option) {
        if (!Files.isRegularFile(Path.of(path))) {
            throw new IllegalArgumentException("no such file: " + path + " for " + option);
        }
    }

    private static String location(String path) {
        return Path.of(path).toAbsolutePath().toUri().toString();
    }

    private static String describe(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
