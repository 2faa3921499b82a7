package dev.streams.internal;

import dev.streams.BusyResourceException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Detects a second thread entering an operation that allows one thread at a time, such as
 * receiving from a socket, and fails it with {@link BusyResourceException} instead of letting two
 * readers interleave bytes. This is AnyIO's {@code ResourceGuard}: it does not queue the second
 * thread, because two concurrent readers of one byte stream are a bug in the caller.
 *
 * <pre>{@code
 * private final ResourceGuard receiveGuard = new ResourceGuard("reading from");
 *
 * public byte[] receive(int maxBytes) throws InterruptedException {
 *     receiveGuard.enter();
 *     try {
 *         ...
 *     } finally {
 *         receiveGuard.exit();
 *     }
 * }
 * }</pre>
 *
 * Thread-safe and lock-free: one CAS to enter, one release store to exit.
 */
public final class ResourceGuard {

    private final String action;
    private final AtomicBoolean busy = new AtomicBoolean();

    /** @param action what a thread inside does, as in "Another thread is already reading from this resource" */
    public ResourceGuard(String action) {
        this.action = action;
    }

    /** @throws BusyResourceException if another thread is inside */
    public void enter() {
        if (!busy.compareAndSet(false, true)) {
            throw new BusyResourceException(action);
        }
    }

    /** Leaves; only the thread that entered may call this. */
    public void exit() {
        busy.setRelease(false); // pairs with the CAS in enter(): the next owner sees our writes
    }
}
