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
