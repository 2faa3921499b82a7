/**
 * TLS over any byte stream, on the JDK's {@link javax.net.ssl.SSLEngine}:
 * {@link dev.streams.tls.TlsStream#wrap(dev.streams.ByteStream, dev.streams.tls.TlsOptions)} runs a
 * handshake over a socket, a memory pipe or another TLS stream; {@link dev.streams.tls.TlsListener}
 * handshakes every connection a transport listener accepts; {@link dev.streams.tls.TlsOptions}
 * holds the (validated, immutable) settings and {@link dev.streams.tls.TlsAttribute} the session's
 * attributes.
 *
 * <pre>{@code
 * try (TlsStream tls = Tcp.connect("example.test", 443, TlsOptions.client(context))) {
 *     tls.send(request);
 *     byte[] reply = tls.receive();
 * }
 * }</pre>
 *
 * <h2>Inside</h2>
 * A stream is driven in layers (see {@code TlsEngineDriver}): engine steps with no I/O
 * ({@code EngineSteps}), the net-in buffer ({@code InboundBytes}), outgoing records with their
 * order, bound and send lock ({@code OutgoingRecords}), the session state and the mapping of
 * failures ({@code SessionState}), and the drive loop that does the I/O between steps. Buffers
 * are lent from a small pool for one operation, so an idle connection holds none. What a hostile
 * peer can and cannot make a stream do is in docs/security.md.
 */
@NullMarked
package dev.streams.tls;

import org.jspecify.annotations.NullMarked;
