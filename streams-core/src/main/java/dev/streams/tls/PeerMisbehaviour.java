package dev.streams.tls;

import javax.net.ssl.SSLProtocolException;

/**
 * The peer follows the protocol but abuses it (a flood of KeyUpdate requests, answers it does not
 * read): the stream is broken off, its transport closed. Raised inside engine steps, so it takes
 * the same path as the engine's own protocol errors.
 */
final class PeerMisbehaviour extends SSLProtocolException {
    private static final long serialVersionUID = 1L;

    PeerMisbehaviour(String message) {
        super(message);
    }
}
