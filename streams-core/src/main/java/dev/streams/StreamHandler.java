package dev.streams;

/**
 * Handles one accepted connection; see {@link Listener#serve(StreamHandler)}. The listener closes
 * the stream when the handler returns or throws.
 *
 * <pre>{@code
 * StreamHandler<ByteStream> echo = stream -> {
 *     for (byte[] chunk : stream) {
 *         stream.send(chunk);
 *     }
 * };
 * }</pre>
 *
 * @param <T> the type of stream handled
 */
@FunctionalInterface
public interface StreamHandler<T> {

    /** Handles the stream; an exception is logged by the listener, which keeps serving. */
    void handle(T stream) throws Exception;
}
