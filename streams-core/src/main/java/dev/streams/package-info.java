/**
 * The vocabulary of Streams for Java: byte and object streams, listeners, typed attributes and
 * the exception hierarchy.
 *
 * <h2>The types</h2>
 * <ul>
 *   <li>{@link dev.streams.ObjectReceiveStream} / {@link dev.streams.ObjectSendStream} /
 *       {@link dev.streams.ObjectStream}: streams of Java objects, such as
 *       {@link dev.streams.memory.MemoryObjectStream} channels between threads.</li>
 *   <li>{@link dev.streams.ByteReceiveStream} / {@link dev.streams.ByteSendStream} /
 *       {@link dev.streams.ByteStream}: streams of bytes: sockets, TLS sessions, files.</li>
 *   <li>{@link dev.streams.Listener} and {@link dev.streams.StreamHandler}: servers.</li>
 *   <li>{@link dev.streams.TypedAttribute}: typed keys for extra information
 *       ({@code extra(SocketAttribute.REMOTE_ADDRESS)}).</li>
 * </ul>
 *
 * <h2>Coming from AnyIO</h2>
 * <table>
 *   <caption>AnyIO names and their Java counterparts</caption>
 *   <tr><th>AnyIO</th><th>Streams for Java</th></tr>
 *   <tr><td>task, cancel scope</td><td>thread, {@link java.lang.Thread#interrupt()}</td></tr>
 *   <tr><td>{@code async with stream:}</td><td>try-with-resources</td></tr>
 *   <tr><td>{@code EndOfStream}, {@code WouldBlock}, ...</td><td>{@code EndOfStreamException},
 *       {@code WouldBlockException}, ... (unchecked, under {@link dev.streams.StreamException})</td></tr>
 *   <tr><td>{@code create_memory_object_stream(n)}</td><td>{@code MemoryObjectStream.create(n)}</td></tr>
 *   <tr><td>{@code fail_after(5)}</td><td>{@code receive(Duration.ofSeconds(5))} on memory streams</td></tr>
 * </table>
 *
 * <p>Every blocking method throws {@link java.lang.InterruptedException} and never loses or
 * duplicates data because of an interrupt.
 */
@NullMarked
package dev.streams;

import org.jspecify.annotations.NullMarked;
