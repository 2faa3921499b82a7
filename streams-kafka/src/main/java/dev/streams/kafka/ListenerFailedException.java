package dev.streams.kafka;

/** Carries a checked exception thrown by an {@link ItemListener} through spring-kafka's listener. */
final class ListenerFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ListenerFailedException(Exception cause) {
        super(cause.getClass().getName() + ": " + cause.getMessage(), cause);
    }
}
