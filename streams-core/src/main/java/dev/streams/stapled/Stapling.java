package dev.streams.stapled;

import dev.streams.StreamResource;
import dev.streams.TypedAttribute;
import dev.streams.TypedAttributeProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** What the two stapled records share: closing both halves and merging their attributes. */
final class Stapling {

    private Stapling() {
    }

    static void closeBoth(StreamResource sendHalf, StreamResource receiveHalf) {
        try {
            sendHalf.close();
        } finally {
            receiveHalf.close();
        }
    }

    /** The attributes of both halves; the send half wins on conflicts (API.md §4). */
    static Map<TypedAttribute<?>, Supplier<?>> merge(TypedAttributeProvider sendHalf,
            TypedAttributeProvider receiveHalf) {
        Map<TypedAttribute<?>, Supplier<?>> receiving = receiveHalf.extraAttributes();
        Map<TypedAttribute<?>, Supplier<?>> sending = sendHalf.extraAttributes();
        if (receiving.isEmpty()) {
            return sending;
        }
        if (sending.isEmpty()) {
            return receiving;
        }
        Map<TypedAttribute<?>, Supplier<?>> merged = new HashMap<>(receiving);
        merged.putAll(sending);
        return Map.copyOf(merged);
    }
}
