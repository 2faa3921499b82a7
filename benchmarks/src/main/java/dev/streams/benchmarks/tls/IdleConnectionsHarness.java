package dev.streams.benchmarks.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.EndOfStreamException;
import dev.streams.StreamException;
import dev.streams.net.SocketAttribute;
import dev.streams.net.Tcp;
import dev.streams.test.TestCertificateAuthority;
import dev.streams.tls.TlsListener;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Idle TLS connections on one JVM (not JMH). The client process (this {@code main}) starts a server
 * process with the same JVM and class path, opens N TLS 1.3 connections to it, echoes one byte on
 * each, then has the server collect garbage and report its heap, resident memory and file
 * descriptors with every connection open and idle. It reports the time to open, the limit hit and the
 * heap per idle connection.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.tls.IdleConnectionsHarness \
 *     [--connections 19500] [--client-threads 8] [--server-jvm-arg -Xmx2g]... [--histogram]
 * </pre>
 *
 * <p>The server serves with {@link TlsListener#serve}, which handshakes on each connection's own
 * handler thread: a new thread per connection (virtual on JDK 21+, platform on JDK 17), each parked
 * in {@code receive(1)} while its connection is idle. It speaks
 * over its standard streams: it prints {@code CA <pem line>...}, {@code PORT <n>} and one
 * {@code MEASURE} line per {@code measure} command, the top of its class histogram on
 * {@code histogram} ({@code --histogram}: what the idle connections' heap is made of), and exits on
 * {@code quit}.
 *
 * <p>Not thread-safe: a command-line program.
 */
public final class IdleConnectionsHarness {

    private static final String HOST = TlsFixtures.HOST;
    private static final int MAX_FAILURES = 8;

    private IdleConnectionsHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("server")) {
            server();
        } else {
            client(args);
        }
    }

    // ---------------------------------------------------------------- server process

    private static void server() throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        TestCertificateAuthority authority = TestCertificateAuthority.create();
        SSLContext context = authority.issue(HOST, "localhost").serverContext();
        TlsOptions options = TlsOptions.server(context).protocols(TlsFixtures.PROTOCOL)
                .cipherSuites(TlsFixtures.CIPHER).handshakeTimeout(Duration.ofSeconds(60));
        AtomicInteger open = new AtomicInteger();
        AtomicLong handshakeFailures = new AtomicLong();
        AtomicReference<String> lastFailure = new AtomicReference<>("none");
        TlsListener listener = new TlsListener(Tcp.listen(HOST, 0), options) {
            @Override
            protected void handleHandshakeError(Exception error, ByteStream transport) {
                handshakeFailures.incrementAndGet();
                lastFailure.set(describe(error));
                super.handleHandshakeError(error, transport);
            }
        };
        Thread serving = new Thread(() -> {
            try {
                listener.serve(stream -> {
                    open.incrementAndGet();
                    try {
                        while (true) {
                            stream.send(stream.receive(1));
                        }
                    } catch (EndOfStreamException | BrokenResourceException closed) {
                        // the client closed the connection
                    } finally {
                        open.decrementAndGet();
                    }
                });
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "serve");
        serving.start();
        for (String line : authority.certificatePem().split("\n")) {
            out.println("CA " + line);
        }
        out.println("PORT " + listener.extra(SocketAttribute.LOCAL_PORT));
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command; (command = commands.readLine()) != null; ) {
            if (command.equals("measure")) {
                long heap = usedHeapAfterGc();
                out.printf(Locale.ROOT, "MEASURE open=%d heap=%d rss=%d fds=%d fdLimit=%s handshakeFailures=%d last=%s%n",
                        open.get(), heap, residentBytes(), openFileDescriptors(), fileDescriptorLimit(),
                        handshakeFailures.get(), lastFailure.get().replace('\n', ' '));
            } else if (command.equals("histogram")) {
                String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
                histogram.lines().limit(23).forEach(line -> out.println("HISTO " + line));
                out.println("END");
            } else if (command.equals("quit")) {
                break;
            }
        }
        listener.close();
        serving.join(30_000);
        System.exit(0);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static String fileDescriptorLimit() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                String[] fields = line.trim().split("\\s+");
                return fields[3] + "/" + fields[4]; // soft/hard
            }
        }
        return "unknown";
    }

    // ---------------------------------------------------------------- client process (orchestrator)

    private static void client(String[] args) throws Exception {
        int connections = 19_500;
        int threads = 8;
        boolean histogram = false;
        List<String> serverJvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--client-threads" -> threads = Integer.parseInt(args[++i]);
                case "--server-jvm-arg" -> serverJvmArgs.add(args[++i]);
                case "--histogram" -> histogram = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --connections N, --client-threads N, --server-jvm-arg ARG, --histogram)");
            }
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(serverJvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                IdleConnectionsHarness.class.getName(), "server"));
        File serverLog = File.createTempFile("idle-connections-server-", ".log");
        Process server = new ProcessBuilder(command).redirectError(serverLog).start();
        try {
            run(server, connections, threads, histogram, serverLog);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void run(Process server, int connections, int threads, boolean histogram, File serverLog) throws Exception {
        BufferedReader fromServer = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        PrintStream toServer = new PrintStream(server.getOutputStream(), true, StandardCharsets.UTF_8);
        StringBuilder pem = new StringBuilder();
        int port = -1;
        for (String line; port < 0 && (line = fromServer.readLine()) != null; ) {
            if (line.startsWith("CA ")) {
                pem.append(line, 3, line.length()).append('\n');
            } else if (line.startsWith("PORT ")) {
                port = Integer.parseInt(line.substring(5));
            }
        }
        if (port < 0) {
            throw new IllegalStateException("the server exited before listening; see " + serverLog);
        }
        String javaVersion = System.getProperty("java.version");
        System.out.printf(Locale.ROOT, "JDK %s, server pid %d, port %d, %d connections requested, %d client threads%n",
                javaVersion, server.pid(), port, connections, threads);
        String baseline = measure(toServer, fromServer);
        System.out.println("server before: " + baseline);

        TlsOptions options = TlsOptions.client(trusting(pem.toString())).hostname(HOST).protocols(TlsFixtures.PROTOCOL)
                .cipherSuites(TlsFixtures.CIPHER).handshakeTimeout(Duration.ofSeconds(15));
        ConcurrentLinkedQueue<TlsStream> streams = new ConcurrentLinkedQueue<>();
        AtomicInteger remaining = new AtomicInteger(connections);
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        int serverPort = port;
        ExecutorService openers = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tasks.add(openers.submit(() -> {
                while (failures.get() < MAX_FAILURES && remaining.getAndDecrement() > 0) {
                    try {
                        streams.add(Tcp.connect(HOST, serverPort, options));
                    } catch (StreamException failed) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, describe(failed));
                    }
                }
                return null;
            }));
        }
        for (Future<?> task : tasks) {
            task.get();
        }
        long openNanos = System.nanoTime() - start;
        openers.shutdown();
        int opened = streams.size();
        System.out.printf(Locale.ROOT, "opened %d connections in %.1f s (%.0f/s); failures %d; first failure: %s%n",
                opened, openNanos / 1e9, opened / (openNanos / 1e9), failures.get(),
                firstFailure.get() == null ? "none" : firstFailure.get());

        long echoStart = System.nanoTime();
        int echoed = 0;
        byte[] one = {7};
        for (TlsStream stream : streams) {
            try {
                stream.send(one);
                if (stream.receive(1)[0] == 7) {
                    echoed++;
                }
            } catch (StreamException failed) {
                firstFailure.compareAndSet(null, "echo: " + describe(failed));
            }
        }
        System.out.printf(Locale.ROOT, "echoed one byte on %d of %d connections in %.1f s%n",
                echoed, opened, (System.nanoTime() - echoStart) / 1e9);

        String loaded = measure(toServer, fromServer);
        System.out.println("server idle:   " + loaded);
        long heapBefore = field(baseline, "heap");
        long heapAfter = field(loaded, "heap");
        long rssBefore = field(baseline, "rss");
        long rssAfter = field(loaded, "rss");
        long idle = field(loaded, "open");
        if (idle > 0) {
            System.out.printf(Locale.ROOT,
                    "RESULT jdk=%s connections=%d openSeconds=%.1f heapPerConnection=%.1fKiB rssPerConnection=%.1fKiB "
                            + "serverFds=%d limit=%s firstFailure=%s%n",
                    javaVersion, idle, openNanos / 1e9, (heapAfter - heapBefore) / 1024.0 / idle,
                    (rssAfter - rssBefore) / 1024.0 / idle, field(loaded, "fds"), text(loaded, "fdLimit"),
                    firstFailure.get() == null ? "none" : firstFailure.get());
        }
        if (histogram) {
            toServer.println("histogram");
            for (String line; (line = fromServer.readLine()) != null && !line.equals("END"); ) {
                System.out.println(line);
            }
        }
        System.out.println("server log: " + serverLog);

        for (TlsStream stream : streams) {
            stream.close();
        }
        toServer.println("quit");
    }

    private static String measure(PrintStream toServer, BufferedReader fromServer) throws IOException {
        toServer.println("measure");
        for (String line; (line = fromServer.readLine()) != null; ) {
            if (line.startsWith("MEASURE ")) {
                return line.substring(8);
            }
        }
        throw new IllegalStateException("the server exited");
    }

    private static long field(String report, String name) {
        return Long.parseLong(text(report, name));
    }

    private static String text(String report, String name) {
        for (String field : report.split(" ")) {
            if (field.startsWith(name + "=")) {
                return field.substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException(name + " missing from " + report);
    }

    private static SSLContext trusting(String pem) throws Exception {
        Certificate ca = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.toString());
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
