package dev.streams.tls;

/**
 * Whether a TLS server asks its clients for a certificate.
 *
 * <pre>{@code
 * TlsOptions options = TlsOptions.server(context).clientAuth(ClientAuth.NEED);
 * }</pre>
 */
public enum ClientAuth {
    /** The server does not ask for a client certificate (the default). */
    NONE,
    /** The server asks for a certificate; a client without one is still accepted, an untrusted one is refused. */
    WANT,
    /** The server requires a trusted client certificate (mutual TLS). */
    NEED
}
