package dev.streams;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/**
 * The iterator behind {@link ObjectReceiveStream#iterator()}: it receives one item ahead in
 * {@code hasNext()}. Not thread-safe; use one iterator per thread.
 */
final class ReceivingIterator<T> implements Iterator<T> {

    private final ObjectReceiveStream<T> stream;
    private T next;
    private boolean ended;

    ReceivingIterator(ObjectReceiveStream<T> stream) {
        this.stream = stream;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (ended) {
            return false;
        }
        try {
            next = stream.receive();
            return true;
        } catch (EndOfStreamException e) {
            ended = true;
            return false;
        } catch (InterruptedException e) {
            // Iterator cannot throw a checked exception: keep the interrupt visible to the caller.
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for the next item");
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("end of stream");
        }
        T item = next;
        next = null;
        return item;
    }
}
