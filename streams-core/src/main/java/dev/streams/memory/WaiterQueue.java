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

    /**
     * Removes and returns the oldest live waiter ({@link Waiter#isLive}), settling interrupted or
     * leaving ones CANCELLED on their behalf. This is what makes "an interrupted waiter is never
     * handed an item" literal: once {@code Thread.interrupt()} has returned, the flag is set (a
     * volatile write) or the waiter announced that it leaves, and this check sees it, so the item
     * goes to the next waiter or the buffer instead.
     */
    Waiter pollLive() {
        Waiter waiter;
        while ((waiter = pollFirst()) != null) {
            if (waiter.isLive()) {
                return waiter;
            }
            waiter.item = null; // a sender's item is withdrawn
            waiter.settle(Waiter.CANCELLED);
            // No unpark: interrupt() already unparked it, and it re-checks its state before parking.
        }
        return null;
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
