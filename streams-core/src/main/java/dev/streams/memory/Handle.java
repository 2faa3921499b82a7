package dev.streams.memory;

/**
 * The identity and closed flag of one send or receive handle (one clone). Waiters record the
 * {@code Handle} they block on, so that closing a handle wakes exactly its own threads.
 */
final class Handle {

    /** Written under the stream's lock; volatile so that {@code isClosed()} needs no lock. */
    volatile boolean closed;
}
