package dev.streams;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Something that exposes extra attributes by {@link TypedAttribute} key.
 *
 * <p>Implementations override {@link #extraAttributes()} only; both {@code extra} methods are
 * derived from it. Wrappers (buffered, text and TLS streams) include the attributes of what they
 * wrap, so {@code tls.extra(SocketAttribute.REMOTE_PORT)} works on a TLS stream over TCP.
 *
 * <pre>{@code
 * InetSocketAddress peer = stream.extra(SocketAttribute.REMOTE_ADDRESS);
 * String alpn = stream.extra(TlsAttribute.ALPN_PROTOCOL, "http/1.1");
 * }</pre>
 */
public interface TypedAttributeProvider {

    /**
     * Returns the value of the attribute.
     *
     * @throws TypedAttributeLookupException if this provider has no such attribute
     * @throws NullPointerException if {@code attribute} is null
     */
    default <T> T extra(TypedAttribute<T> attribute) {
        Objects.requireNonNull(attribute, "attribute");
        Supplier<?> supplier = extraAttributes().get(attribute);
        if (supplier == null) {
            throw new TypedAttributeLookupException(attribute);
        }
        return attribute.type().cast(supplier.get());
    }

    /**
     * Returns the value of the attribute, or {@code defaultValue} if this provider has no such
     * attribute. An exception thrown while computing the value propagates unchanged.
     *
     * @throws NullPointerException if {@code attribute} is null
     */
    default <T> @Nullable T extra(TypedAttribute<T> attribute, @Nullable T defaultValue) {
        Objects.requireNonNull(attribute, "attribute");
        Supplier<?> supplier = extraAttributes().get(attribute);
        return supplier == null ? defaultValue : attribute.type().cast(supplier.get());
    }

    /**
     * The attributes this provider offers, each with a supplier that computes its current value.
     * The default has none.
     */
    default Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return Map.of();
    }
}
