package dev.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CoreAbstractionsTests {

    static final TypedAttribute<String> NAME = TypedAttribute.of("name", String.class);
    static final TypedAttribute<Integer> SIZE = TypedAttribute.of("size", Integer.class);

    record Provider(Map<TypedAttribute<?>, Supplier<?>> extraAttributes) implements TypedAttributeProvider {
    }

    @Test
    void typedAttributesCompareByIdentity() {
        TypedAttribute<String> other = TypedAttribute.of("name", String.class);
        Provider provider = new Provider(Map.of(NAME, () -> "alice"));
        assertThat(provider.extra(NAME)).isEqualTo("alice");
        assertThat(provider.extra(other, "fallback")).isEqualTo("fallback");
        assertThatThrownBy(() -> provider.extra(other))
                .isInstanceOf(TypedAttributeLookupException.class)
                .hasMessageContaining("name");
    }

    @Test
    void extraOfMissingAttributeWithDefaultReturnsDefault() {
        assertThat(new Provider(Map.of()).extra(SIZE, 7)).isEqualTo(7);
    }

    @Test
    void exceptionFromAttributeSupplierPropagatesUnchanged() { // checklist 103
        Provider provider = new Provider(Map.of(NAME, () -> {
            throw new IllegalStateException("boom");
        }));
        assertThatThrownBy(() -> provider.extra(NAME)).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThatThrownBy(() -> provider.extra(NAME, "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        assertThatNullPointerException().isThrownBy(() -> TypedAttribute.of(null, String.class)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> TypedAttribute.of("x", null)).withMessage("type");
        assertThatNullPointerException().isThrownBy(() -> new Provider(Map.of()).extra(null)).withMessage("attribute");
    }

    @Test
    void endOfStreamAndWouldBlockAreCheap() {
        assertThat(new EndOfStreamException().getStackTrace()).isEmpty();
        assertThat(new WouldBlockException().getStackTrace()).isEmpty();
    }

    @Test
    void exceptionMessagesSayWhatHappened() {
        assertThat(new BusyResourceException("reading from")).hasMessageContaining("already reading from");
        assertThat(new DelimiterNotFoundException(10).maxBytes()).isEqualTo(10);
        assertThat(new DelimiterNotFoundException(10)).hasMessage("The delimiter was not found among the first 10 bytes");
        EndOfStreamException eof = new EndOfStreamException();
        assertThat(new IncompleteReadException(eof)).hasCause(eof);
    }

    /** A queue-backed object stream, to test the default iterator. */
    static final class QueueStream implements ObjectReceiveStream<String> {
        final Deque<Object> items = new ArrayDeque<>();

        @Override
        public String receive() throws InterruptedException {
            Object next = items.poll();
            if (next == null) {
                throw new EndOfStreamException();
            }
            if (next instanceof InterruptedException e) {
                throw e;
            }
            return (String) next;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void iterationYieldsItemsAndEndsAtEndOfStream() {
        QueueStream stream = new QueueStream();
        stream.items.addAll(List.of("a", "b"));
        List<String> seen = new java.util.ArrayList<>();
        stream.forEach(seen::add);
        assertThat(seen).containsExactly("a", "b");
    }

    @Test
    void interruptedIterationThrowsCancellationWithInterruptFlagSet() {
        QueueStream stream = new QueueStream();
        stream.items.add(new InterruptedException());
        Iterator<String> iterator = stream.iterator();
        try {
            assertThatThrownBy(iterator::hasNext).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
