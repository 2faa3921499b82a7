package dev.streams;

/**
 * A two-way stream of objects, such as a {@link dev.streams.stapled.StapledObjectStream} or a
 * {@link dev.streams.text.TextStream}.
 *
 * @param <T> the type of the items
 */
public interface ObjectStream<T> extends ObjectReceiveStream<T>, ObjectSendStream<T> {

    /**
     * Closes the sending half only: the peer sees the end of the stream, and this side can still
     * receive.
     */
    void sendEof() throws InterruptedException;
}
