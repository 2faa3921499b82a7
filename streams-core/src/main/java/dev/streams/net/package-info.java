/**
 * TCP streams: {@link dev.streams.net.Tcp#connect(String, int)} (Happy Eyeballs over every address
 * of a host), {@link dev.streams.net.Tcp#listen(String, int)}, {@link dev.streams.net.SocketStream},
 * {@link dev.streams.net.SocketListener} and their {@link dev.streams.net.SocketAttribute}s.
 *
 * <p>Sockets are non-blocking underneath; blocking calls wait for readiness, which is what makes an
 * interrupt cancel a {@code receive}, {@code send} or {@code accept} without closing the socket. On
 * a platform thread a receive waits first on a selector of the receiving thread's own for a short
 * "hot window" (see {@code HotReceiveWait} and {@code ThreadSelector}: request/response latency
 * close to a blocking channel), and an accept on a selector of the listener's own; longer waits go
 * through one poller thread per JVM (see {@code SocketPoller}), which keeps an idle connection down
 * to one file descriptor.
 *
 * <h2>Coming from AnyIO</h2>
 * <table>
 *   <caption>AnyIO names and their Java counterparts</caption>
 *   <tr><th>AnyIO</th><th>Streams for Java</th></tr>
 *   <tr><td>{@code connect_tcp(host, port)}</td><td>{@code Tcp.connect(host, port)}</td></tr>
 *   <tr><td>{@code create_tcp_listener(local_host=h, local_port=p)}</td><td>{@code Tcp.listen(h, p)}
 *       (one socket; {@code "::"} for dual-stack)</td></tr>
 *   <tr><td>{@code OSError("All connection attempts failed")}</td><td>{@link dev.streams.net.ConnectFailedException}</td></tr>
 *   <tr><td>{@code SocketAttribute.remote_port}</td><td>{@code SocketAttribute.REMOTE_PORT}</td></tr>
 * </table>
 */
@NullMarked
package dev.streams.net;

import org.jspecify.annotations.NullMarked;
