package dev.streams.reliability.faults;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TypedAttribute;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A {@link ByteStream} wrapper that misbehaves on purpose, as a bad network does: it returns short
 * reads, splits writes into small pieces, sleeps now and then, and at a chosen byte offset ends the
 * stream, resets the connection, flips a byte, or drops the rest of what is sent (see
 * {@link Fault}). Every choice comes from {@link FaultPlan#seed()}, so a failing case replays.
 *
 * <p>A reset closes the wrapped stream, as the kernel would. {@link #isClosed()} tells the leak
 * checks whether the layer above closed its transport.
 *
 * <p>Safe for one receiving and one sending thread at a time (each direction has its own random
 * source and counters), like the transports it stands in for.
 *
 * <pre>{@code
 * var faulty = new FaultyByteStream(pipe.left(), FaultPlan.of(Fault.RESET, 100, 7, seed));
 * var buffered = new BufferedByteStream(faulty);   // sees a reset after 100 bytes
 * }</pre>
 */
final class FaultyByteStream implements ByteStream {

    private final ByteStream delegate;
    private final FaultPlan plan;
    private final SplittableRandom receiveRandom;
    private final SplittableRandom sendRandom;
    private long received;
    private long sent;
    private volatile boolean reset;
    private volatile boolean truncated;
    private volatile boolean closed;

    FaultyByteStream(ByteStream delegate, FaultPlan plan) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.plan = Objects.requireNonNull(plan, "plan");
        SplittableRandom root = new SplittableRandom(plan.seed());
        this.receiveRandom = root.split();
        this.sendRandom = root.split();
    }

    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        if (closed) {
            throw new ClosedResourceException();
        }
        if (reset) {
            throw resetException();
        }
        maybeDelay(receiveRandom);
        Fault fault = plan.fault();
        long untilFault = plan.at() - received;
        if (fault == Fault.END && untilFault <= 0) {
            throw new EndOfStreamException();
        }
        if (fault == Fault.RESET && untilFault <= 0) {
            reset = true;
            delegate.close();
            throw resetException();
        }
        int limit = Math.min(maxBytes, 1 + receiveRandom.nextInt(plan.maxChunk()));
        if ((fault == Fault.END || fault == Fault.RESET) && untilFault < limit) {
            limit = (int) untilFault; // stop exactly at the offset; the next call meets the fault
        }
        byte[] chunk = delegate.receive(limit);
        if (fault == Fault.CORRUPT && untilFault >= 0 && untilFault < chunk.length) {
            chunk[(int) untilFault] ^= (byte) 0x5A;
        }
        received += chunk.length;
        return chunk;
    }

    @Override
    public void send(byte[] data) throws InterruptedException {
        Objects.requireNonNull(data, "data");
        if (closed) {
            throw new ClosedResourceException();
        }
        if (reset) {
            throw resetException();
        }
        int offset = 0;
        while (offset < data.length) {
            maybeDelay(sendRandom);
            int n = Math.min(data.length - offset, 1 + sendRandom.nextInt(plan.maxChunk()));
            long untilFault = plan.at() - sent;
            if (plan.fault() == Fault.TRUNCATE && untilFault < n) {
                if (untilFault > 0) {
                    delegate.send(Arrays.copyOfRange(data, offset, offset + (int) untilFault));
                    sent += untilFault;
                }
                if (!truncated) {
                    truncated = true;
                    delegate.sendEof(); // the peer sees a clean end; this side believes all was sent
                }
                return;
            }
            if (plan.fault() == Fault.SEND_RESET && untilFault < n) {
                if (untilFault > 0) {
                    delegate.send(Arrays.copyOfRange(data, offset, offset + (int) untilFault));
                    sent += untilFault;
                }
                reset = true;
                delegate.close();
                throw resetException();
            }
            delegate.send(Arrays.copyOfRange(data, offset, offset + n));
            sent += n;
            offset += n;
        }
    }

    @Override
    public void sendEof() throws InterruptedException {
        if (closed) {
            throw new ClosedResourceException();
        }
        if (!truncated) {
            delegate.sendEof();
        }
    }

    @Override
    public void close() {
        closed = true;
        delegate.close();
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return delegate.extraAttributes();
    }

    @Override
    public String toString() {
        return "FaultyByteStream[" + plan + ", received " + received + ", sent " + sent + "]";
    }

    private BrokenResourceException resetException() {
        String message = "Connection reset (injected at byte " + plan.at() + ", seed " + plan.seed() + ")";
        return new BrokenResourceException(message, new SocketException(message));
    }

    private void maybeDelay(SplittableRandom random) throws InterruptedException {
        if (plan.delayOneIn() > 0 && random.nextInt(plan.delayOneIn()) == 0) {
            TimeUnit.MICROSECONDS.sleep(random.nextInt(plan.maxDelayMicros() + 1));
        }
    }
}
