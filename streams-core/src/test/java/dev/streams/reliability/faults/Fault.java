package dev.streams.reliability.faults;

/**
 * The fault a {@link FaultyByteStream} injects once its byte count reaches {@link FaultPlan#at()}.
 * Receive-side faults act on the bytes this end reads; send-side faults on the bytes it writes.
 */
enum Fault {
    /** No fault: only splitting and delays. */
    NONE,
    /** Receive side: a clean end of stream at the offset (the rest of the data is never seen). */
    END,
    /** Receive side: the connection is reset at the offset ({@code BrokenResourceException}). */
    RESET,
    /** Receive side: the byte at the offset arrives with its bits flipped. */
    CORRUPT,
    /** Send side: bytes from the offset on are silently dropped and the peer sees end of stream. */
    TRUNCATE,
    /** Send side: the write crossing the offset fails with a reset after a partial write. */
    SEND_RESET;

    boolean onReceive() {
        return this == END || this == RESET || this == CORRUPT;
    }

    boolean onSend() {
        return this == TRUNCATE || this == SEND_RESET;
    }
}
