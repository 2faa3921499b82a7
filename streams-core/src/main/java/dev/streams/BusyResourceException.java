package dev.streams;

/**
 * Another thread is already reading from, or writing to, this resource. Byte streams allow one
 * reader and one writer at a time; a second one gets this exception instead of interleaving bytes.
 */
public class BusyResourceException extends StreamException {

    private static final long serialVersionUID = 1L;

    /** @param action what the other thread is doing: "reading from", "writing to", "accepting connections from" */
    public BusyResourceException(String action) {
        super("Another thread is already " + action + " this resource");
    }
}
