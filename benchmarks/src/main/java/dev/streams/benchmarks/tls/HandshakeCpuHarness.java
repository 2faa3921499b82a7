package dev.streams.benchmarks.tls;

import com.sun.management.OperatingSystemMXBean;
import dev.streams.ByteStream;
import dev.streams.EndOfStreamException;
import dev.streams.StreamException;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.SocketStream;
import dev.streams.net.Tcp;
import dev.streams.tls.TlsStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;

/**
 * Where the CPU time of one TLS handshake goes, thread by thread (not JMH). Runs the same
 * connections as {@link TlsHandshakeBenchmark} (connect, handshake, one byte echoed, close; one
 * server thread serving connections one after the other), ours and {@code SSLSocket} alternately in
 * one JVM, and prints per handshake: the wall time, the CPU time of the client thread, the server
 * thread, the poller thread, the handshake timer thread, every other Java thread, and what the
 * process used beyond its Java threads (GC, JIT compilers, the VM); then, on Linux, the voluntary
 * context switches (a thread going to sleep: a wait) of the client, server, poller and timer
 * threads per handshake, from {@code /proc/self/task/<tid>/status}, the threads found by their
 * native names.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.streams.benchmarks.tls.HandshakeCpuHarness \
 *     [--handshakes 2000] [--rounds 3] [--resumed] [--plain] [--only tlsStream|sslSocket|sslSocketOneWrite[,...]]
 * </pre>
 *
 * <p>Each round warms each side up with the same count first. {@code --resumed} keeps the client's
 * sessions (TLS 1.3 PSK resumption) instead of forgetting them after each connection.
 * {@code --plain} makes the same connections without TLS ({@code SocketStream} against
 * {@code java.net.Socket}): what connecting, accepting, the one-byte echo and closing cost alone.
 * {@code --only} names the sides to measure, in that order (default {@code tlsStream,sslSocket}):
 * one alone has the JVM (JIT profile, heap) to itself, as in a JMH fork. {@code sslSocketOneWrite}
 * (measured only when named) is {@code SSLSocket} against an {@code SSLSocket} server that sends
 * each flight in one write ({@link OneWritePerFlightServerSocket}), as ours must; the difference
 * between client plus server CPU and the wall time shows how much the two ends overlap.
 *
 * <p>Not thread-safe: a command-line program.
 */
public final class HandshakeCpuHarness {

    private static final byte[] ONE = {42};
    private static final String SERVER_THREAD = "handshake-harness-server";
    private static final String CLIENT_THREAD = "handshake-client";

    private final TlsFixtures tls = new TlsFixtures();
    private final boolean resumed;
    private final boolean plain;
    private final Side[] sides;
    private final AtomicLong serverFailures = new AtomicLong();
    private volatile boolean running = true;

    /** Whose connections a measurement makes. */
    private enum Side {
        TLS_STREAM("tlsStream"),
        SSL_SOCKET("sslSocket"),
        SSL_SOCKET_ONE_WRITE("sslSocketOneWrite");

        final String label;

        Side(String label) {
            this.label = label;
        }
    }

    private HandshakeCpuHarness(boolean resumed, boolean plain, Side[] sides) {
        this.resumed = resumed;
        this.plain = plain;
        this.sides = sides;
    }

    public static void main(String[] args) throws Exception {
        int handshakes = 2000;
        int rounds = 3;
        boolean resumed = false;
        boolean plain = false;
        Side[] sides = {Side.TLS_STREAM, Side.SSL_SOCKET};
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--handshakes" -> handshakes = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--resumed" -> resumed = true;
                case "--plain" -> plain = true;
                case "--only" -> sides = sides(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]
                        + " (use --handshakes N, --rounds N, --resumed, --plain, --only tlsStream|sslSocket|sslSocketOneWrite[,...])");
            }
        }
        if (plain && Arrays.asList(sides).contains(Side.SSL_SOCKET_ONE_WRITE)) {
            throw new IllegalArgumentException("--plain has no sslSocketOneWrite side (it has no TLS flights)");
        }
        if (handshakes < 1 || rounds < 1) {
            throw new IllegalArgumentException("--handshakes and --rounds must be at least 1");
        }
        HandshakeCpuHarness harness = new HandshakeCpuHarness(resumed, plain, sides);
        int count = handshakes;
        int roundCount = rounds;
        Exception[] failure = new Exception[1];
        // A thread of our own for the client, so that its native name finds it in /proc.
        Thread client = new Thread(() -> {
            try {
                harness.run(count, roundCount);
            } catch (Exception e) {
                failure[0] = e;
            }
        }, CLIENT_THREAD);
        client.start();
        client.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** The sides named in {@code list} (comma-separated), in that order. */
    private static Side[] sides(String list) {
        return Arrays.stream(list.split(",", -1)).map(label -> Arrays.stream(Side.values())
                .filter(side -> side.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "--only takes tlsStream, sslSocket or sslSocketOneWrite (or several, comma-separated), not " + list)))
                .toArray(Side[]::new);
    }

    private void run(int handshakes, int rounds) throws Exception {
        SocketListener listener = Tcp.listen(TlsFixtures.HOST, 0);
        int oursPort = listener.extra(SocketAttribute.LOCAL_PORT);
        Thread oursServer = new Thread(() -> serveOurs(listener), SERVER_THREAD + "-ours");
        ServerSocket jdkServer = plain
                ? new ServerSocket(0, 128, InetAddress.getByName(TlsFixtures.HOST)) : tls.jdkServerSocket();
        Thread jdkServerThread = new Thread(() -> serveJdk(jdkServer), SERVER_THREAD + "-jdk");
        OneWritePerFlightServerSocket oneWriteServer = new OneWritePerFlightServerSocket(InetAddress.getByName(TlsFixtures.HOST));
        Thread oneWriteThread = new Thread(() -> serveJdk(oneWriteServer), SERVER_THREAD + "-one-write");
        oursServer.start();
        jdkServerThread.start();
        oneWriteThread.start();
        int[] ports = {oursPort, jdkServer.getLocalPort(), oneWriteServer.getLocalPort()};
        System.out.printf(Locale.ROOT, "# %s handshakes, %d per measurement, java %s%n",
                plain ? "no TLS (tlsStream: SocketStream, sslSocket: java.net.Socket)" : resumed ? "resumed" : "full",
                handshakes, System.getProperty("java.version"));
        System.out.println("# per handshake, microseconds: wall, then CPU per thread group");
        try {
            for (int round = 0; round < rounds; round++) {
                for (Side side : sides) {
                    int port = ports[side.ordinal()];
                    loop(side, port, handshakes); // warm-up
                    Map<String, Long> switchesBefore = sleepsByGroup();
                    Map<String, Long> before = cpuByGroup();
                    long wallStart = System.nanoTime();
                    loop(side, port, handshakes);
                    long wall = System.nanoTime() - wallStart;
                    Map<String, Long> after = cpuByGroup();
                    Map<String, Long> switchesAfter = sleepsByGroup();
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                            "round %d %-9s wall %7.1f", round, side.label,
                            wall / 1e3 / handshakes));
                    for (Map.Entry<String, Long> group : after.entrySet()) {
                        long used = group.getValue() - before.getOrDefault(group.getKey(), 0L);
                        line.append(String.format(Locale.ROOT, "  %s %6.1f", group.getKey(), used / 1e3 / handshakes));
                    }
                    for (Map.Entry<String, Long> group : switchesAfter.entrySet()) {
                        long count = group.getValue() - switchesBefore.getOrDefault(group.getKey(), 0L);
                        line.append(String.format(Locale.ROOT, "  sleeps.%s %.2f", group.getKey(),
                                (double) count / handshakes));
                    }
                    System.out.println(line);
                }
            }
        } finally {
            running = false;
            listener.close();
            jdkServer.close();
            oneWriteServer.close();
            oursServer.join();
            jdkServerThread.join();
            oneWriteThread.join();
        }
        if (serverFailures.get() != 0) {
            throw new IllegalStateException(serverFailures.get() + " server-side handshakes failed");
        }
    }

    private void loop(Side side, int port, int handshakes) throws Exception {
        boolean ours = side == Side.TLS_STREAM;
        for (int i = 0; i < handshakes; i++) {
            if (plain && ours) {
                try (SocketStream client = Tcp.connect(TlsFixtures.HOST, port)) {
                    client.send(ONE);
                    client.receive(1);
                }
            } else if (plain) {
                try (Socket client = new Socket(TlsFixtures.HOST, port)) {
                    client.setTcpNoDelay(true);
                    client.getOutputStream().write(ONE);
                    client.getInputStream().read();
                }
            } else if (ours) {
                try (TlsStream client = tls.connect(port)) {
                    client.send(ONE);
                    client.receive(1);
                }
            } else {
                try (SSLSocket client = tls.jdkClient(port)) {
                    client.getOutputStream().write(ONE);
                    client.getInputStream().read();
                }
            }
            if (!resumed) {
                tls.forgetClientSessions();
            }
        }
    }

    /**
     * CPU nanoseconds so far: the client (this thread), the two server threads, the poller, the
     * handshake timer, every other Java thread, and the rest of the process (GC, JIT, VM).
     */
    private static Map<String, Long> cpuByGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process = os.getProcessCpuTime();
        Map<String, Long> groups = new LinkedHashMap<>();
        for (String group : new String[] {"client", "server", "poller", "timer", "otherJava", "vm"}) {
            groups.put(group, 0L);
        }
        long self = Thread.currentThread().getId();
        long java = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            var info = threads.getThreadInfo(id);
            if (cpu < 0 || info == null) {
                continue;
            }
            java += cpu;
            String name = info.getThreadName();
            String group = id == self ? "client"
                    : name.startsWith(SERVER_THREAD) ? "server"
                    : name.contains("poller") ? "poller"
                    : name.contains("timer") ? "timer"
                    : "otherJava";
            groups.merge(group, cpu, Long::sum);
        }
        groups.put("vm", process - java);
        return groups;
    }

    /**
     * Voluntary context switches so far of the threads whose native names (Linux: at most 15
     * characters of the Java name) mark them as the client, a server, the poller or the
     * handshake timer; empty where {@code /proc} is not there.
     */
    private static Map<String, Long> sleepsByGroup() {
        Map<String, Long> groups = new LinkedHashMap<>();
        File[] tasks = new File("/proc/self/task").listFiles();
        if (tasks == null) {
            return groups;
        }
        for (File task : tasks) {
            try {
                String name = Files.readString(task.toPath().resolve("comm")).trim();
                String group = CLIENT_THREAD.startsWith(name) ? "client"
                        : name.startsWith("handshake-harne") ? "server"
                        : name.startsWith("streams-socket") ? "poller"
                        : name.startsWith("streams-tls") ? "timer"
                        : null;
                if (group == null) {
                    continue;
                }
                for (String line : Files.readAllLines(task.toPath().resolve("status"))) {
                    if (line.startsWith("voluntary_ctxt_switches:")) {
                        groups.merge(group, Long.parseLong(line.substring(line.indexOf(':') + 1).trim()), Long::sum);
                    }
                }
            } catch (IOException | RuntimeException threadEnded) {
                // a thread that ended while we looked is none of these (they all outlive the run)
            }
        }
        return groups;
    }

    private void serveOurs(SocketListener listener) {
        while (true) {
            ByteStream stream;
            try {
                stream = plain ? listener.accept() : TlsStream.wrap(listener.accept(), tls.serverOptions());
            } catch (StreamException | InterruptedException closedOrFailed) {
                if (!running) {
                    return;
                }
                serverFailures.incrementAndGet();
                continue;
            }
            try (stream) {
                stream.send(stream.receive(1));
                stream.receive();
            } catch (EndOfStreamException expected) {
                // the client's close_notify
            } catch (StreamException | InterruptedException failed) {
                serverFailures.incrementAndGet();
            }
        }
    }

    private void serveJdk(ServerSocket server) {
        JdkEchoServer.Accept accept = server instanceof OneWritePerFlightServerSocket oneWrite && !plain
                ? () -> oneWrite.acceptTls(tls.serverContext()) : server::accept;
        JdkEchoServer.serve(accept, () -> running, serverFailures);
    }
}
