package dev.streams.memory;

/**
 * The identity and closed flag of one send or receive handle (one clone). Waiters record the
 * {@code Handle} they block on, so that closing a handle wakes exactly its own threads.
 */
final class Handle {

    /** Written under the stream's lock; volatile so that {@code isClosed()} needs no lock. */
    volatile boolean closed;
    /**
     * Set under the lock by the close of this handle before it settles the handle's waiters (and
     * long before {@link #closed}): a receiver that linked itself without the lock reads it after
     * its link and withdraws, since the close's walk may have passed it.
     */
    volatile boolean closing;
}
