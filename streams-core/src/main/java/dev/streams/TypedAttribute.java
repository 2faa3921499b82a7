package dev.streams;

import java.util.Objects;

/**
 * A typed key for an extra attribute of a stream or listener, such as the remote address of a
 * socket or the negotiated ALPN protocol of a TLS stream.
 *
 * <p>Keys compare by identity: two calls to {@link #of} with the same name give two different
 * keys. Declare each key once, as a constant:
 *
 * <pre>{@code
 * public static final TypedAttribute<Integer> REMOTE_PORT = TypedAttribute.of("remotePort", Integer.class);
 * int port = stream.extra(REMOTE_PORT);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the attribute's value
 */
public final class TypedAttribute<T> {

    private final String name;
    private final Class<T> type;

    private TypedAttribute(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    /**
     * Creates a new key, distinct from every other key.
     *
     * @throws NullPointerException if {@code name} or {@code type} is null
     */
    public static <T> TypedAttribute<T> of(String name, Class<T> type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        return new TypedAttribute<>(name, type);
    }

    /** The attribute's name, used in messages and debugging output. */
    public String name() {
        return name;
    }

    /** The type of the attribute's value. */
    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return "TypedAttribute[" + name + ": " + type.getSimpleName() + "]";
    }
}
