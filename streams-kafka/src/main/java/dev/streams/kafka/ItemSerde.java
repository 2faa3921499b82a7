package dev.streams.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The one serialization rule of Kafka channels: {@code String} items travel as UTF-8,
 * {@code byte[]} items as they are, every other type as JSON written and read by the given Jackson
 * mapper (in a Boot application, the application's own mapper).
 *
 * <pre>{@code
 * ItemSerde<Order> serde = ItemSerde.of(Order.class, JsonMapper.shared());
 * byte[] bytes = serde.serialize("orders", order);
 * Order back = serde.deserialize("orders", bytes);
 * }</pre>
 *
 * @param <T> the item type
 */
public final class ItemSerde<T> implements Serializer<T>, Deserializer<T> {

    private enum Format { UTF8, RAW, JSON }

    private final Class<T> type;
    private final Format format;
    private final ObjectMapper mapper;

    private ItemSerde(Class<T> type, ObjectMapper mapper) {
        this.type = type;
        this.mapper = mapper;
        this.format = type == String.class ? Format.UTF8 : type == byte[].class ? Format.RAW : Format.JSON;
    }

    /**
     * The serde for {@code type}; {@code mapper} is used only when the type is neither String nor byte[].
     *
     * @throws NullPointerException if an argument is null
     */
    public static <T> ItemSerde<T> of(Class<T> type, ObjectMapper mapper) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mapper, "mapper");
        return new ItemSerde<>(type, mapper);
    }

    /** The item type. */
    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T item) {
        if (item == null) {
            return null;
        }
        try {
            return switch (format) {
                case UTF8 -> ((String) item).getBytes(StandardCharsets.UTF_8);
                case RAW -> (byte[]) item;
                case JSON -> mapper.writeValueAsBytes(item);
            };
        } catch (JacksonException e) {
            throw new SerializationException("cannot write a " + type.getName() + " as JSON", e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new SerializationException("record without a value on topic '" + topic + "'");
        }
        try {
            return switch (format) {
                case UTF8 -> type.cast(new String(data, StandardCharsets.UTF_8));
                case RAW -> type.cast(data);
                case JSON -> mapper.readValue(data, type);
            };
        } catch (JacksonException e) {
            // The message names the type only: the payload may be sensitive and is never logged.
            throw new SerializationException("cannot read a " + type.getName() + " from JSON", e);
        }
    }

    /** Takes no configuration: the type and mapper are given at construction. */
    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
    }

    /** Holds nothing to release. */
    @Override
    public void close() {
    }
}
