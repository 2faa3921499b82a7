package dev.streams.memory;

/**
 * A FIFO of {@link Waiter}s, linked through the nodes themselves so that enqueueing costs no
 * allocation beyond the node and a cancelled waiter unlinks itself in O(1). Not thread-safe: every
 * method is called with the stream's lock held.
 */
final class WaiterQueue {

    private Waiter head;
    private Waiter tail;
    private int size;

    boolean isEmpty() {
        return head == null;
    }

    int size() {
        return size;
    }

    Waiter peekFirst() {
        return head;
    }

    void addLast(Waiter waiter) {
        Waiter last = tail;
        waiter.prev = last;
        waiter.next = null;
        if (last == null) {
            head = waiter;
        } else {
            last.next = waiter;
        }
        tail = waiter;
        size++;
    }

    /** Removes and returns the oldest waiter, or null. */
    Waiter pollFirst() {
        Waiter first = head;
        if (first != null) {
            unlink(first);
        }
        return first;
    }

    /** Removes {@code waiter}, which must be linked in this queue. */
    void unlink(Waiter waiter) {
        Waiter before = waiter.prev;
        Waiter after = waiter.next;
        if (before == null) {
            head = after;
        } else {
            before.next = after;
        }
        if (after == null) {
            tail = before;
        } else {
            after.prev = before;
        }
        waiter.prev = null;
        waiter.next = null;
        size--;
    }
}
