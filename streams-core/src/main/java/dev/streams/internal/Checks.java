package dev.streams.internal;

/**
 * Argument checks with the messages the API promises: each names the argument as the public
 * method's parameter is named, so a user can tell which value was wrong.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @throws IllegalArgumentException "{@code name} must be a positive integer" unless {@code value >= 1}
     */
    public static int requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be a positive integer (was " + value + ")");
        }
        return value;
    }

    /**
     * The {@code receive(ByteBuffer)} form of {@code requirePositive(maxBytes, "maxBytes")}.
     *
     * @throws NullPointerException if {@code dst} is null
     * @throws IllegalArgumentException if {@code dst} has no room
     */
    public static java.nio.ByteBuffer requireRoom(java.nio.ByteBuffer dst) {
        java.util.Objects.requireNonNull(dst, "dst");
        if (!dst.hasRemaining()) {
            throw new IllegalArgumentException("maxBytes must be a positive integer (the buffer has no room)");
        }
        return dst;
    }

    /**
     * @throws IllegalArgumentException "{@code name} cannot be negative" unless {@code value >= 0}
     */
    public static int requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative (was " + value + ")");
        }
        return value;
    }

    /**
     * @throws IllegalArgumentException "{@code name} cannot be negative" unless {@code value >= 0}
     */
    public static long requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative (was " + value + ")");
        }
        return value;
    }
}
