package dev.streams.buffered;

import static dev.streams.buffered.ByteChunks.ascii;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.BusyResourceException;
import dev.streams.ByteReceiveStream;
import dev.streams.ClosedResourceException;
import dev.streams.DelimiterNotFoundException;
import dev.streams.EndOfStreamException;
import dev.streams.IncompleteReadException;
import dev.streams.TypedAttribute;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.stapled.StapledObjectStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class BufferedByteReceiveStreamTests {

    static final byte[] BANG = ascii("!");
    static final byte[] CRLF = ascii("\r\n");

    @Test
    void receiveExactlyJoinsObjectChunks() throws Exception {
        // checklist 38
        var stream = BufferedByteReceiveStream.ofObjects(ByteChunks.ofAscii("abcd", "efgh").objects());
        assertThat(stream.receiveExactly(8)).isEqualTo(ascii("abcdefgh"));
    }

    @Test
    void receiveExactlyAtEndOfStreamThrowsIncompleteRead() {
        // checklist 39
        var stream = BufferedByteReceiveStream.ofObjects(ByteChunks.ofAscii("abcd").objects());
        assertThatThrownBy(() -> stream.receiveExactly(8))
                .isInstanceOf(IncompleteReadException.class)
                .hasCauseInstanceOf(EndOfStreamException.class);
    }

    @Test
    void partialDataSurvivesIncompleteRead() throws Exception {
        // checklist 40
        var stream = new BufferedByteReceiveStream(ByteChunks.ofAscii("ab", "cd"));
        assertThatThrownBy(() -> stream.receiveExactly(8)).isInstanceOf(IncompleteReadException.class);
        assertThat(stream.buffer()).isEqualTo(ascii("abcd"));
        assertThat(stream.receive()).isEqualTo(ascii("abcd"));
        assertThatThrownBy(stream::receive).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void receiveUntilFindsDelimiterSpanningChunksAndConsumesIt() throws Exception {
        // checklist 41
        var stream = BufferedByteReceiveStream.ofObjects(ByteChunks.ofAscii("abcd", "efgh").objects());
        assertThat(stream.receiveUntil(ascii("de"), 10)).isEqualTo(ascii("abc"));
        assertThat(stream.receiveUntil(ascii("h"), 10)).isEqualTo(ascii("fg"));
    }

    @Test
    void receiveUntilAtEndOfStreamThrowsIncompleteReadAndKeepsData() {
        // checklist 42
        var stream = BufferedByteReceiveStream.ofObjects(ByteChunks.ofAscii("abcd").objects());
        assertThatThrownBy(() -> stream.receiveUntil(ascii("de"), 10))
                .isInstanceOf(IncompleteReadException.class)
                .hasCauseInstanceOf(EndOfStreamException.class);
        assertThat(stream.buffer()).isEqualTo(ascii("abcd"));
    }

    @Test
    void receiveUntilThrowsDelimiterNotFoundOnceMaxBytesAreBufferedAndKeepsData() throws Exception {
        // checklist 43
        var source = new ByteChunks().add(ascii("abc")).add(ascii("defg"));
        var stream = new BufferedByteReceiveStream(source);
        assertThatThrownBy(() -> stream.receiveUntil(BANG, 5))
                .isInstanceOf(DelimiterNotFoundException.class)
                .hasMessage("The delimiter was not found among the first 5 bytes")
                .satisfies(e -> assertThat(((DelimiterNotFoundException) e).maxBytes()).isEqualTo(5));
        assertThat(stream.buffer()).isEqualTo(ascii("abcdefg"));
        // nothing was lost: the record is still there once it is complete
        source.add(ascii("!"));
        assertThat(stream.receiveUntil(BANG, 10)).isEqualTo(ascii("abcdefg"));
    }

    @ParameterizedTest
    @EnumSource(SourceShape.class)
    void maxBytesIsStrictWhateverTheChunking(SourceShape shape) throws Exception {
        // checklist 44 (AnyIO returns "abcde" for one chunk; we throw for every shape)
        var stream = new BufferedByteReceiveStream(shape.source(ascii("abcde!")));
        assertThatThrownBy(() -> stream.receiveUntil(BANG, 3)).isInstanceOf(DelimiterNotFoundException.class);
        assertThat(stream.receiveUntil(BANG, 6)).isEqualTo(ascii("abcde"));
    }

    @ParameterizedTest
    @EnumSource(SourceShape.class)
    void delimiterStartingAtLastAllowedIndexMayEndPastMaxBytes(SourceShape shape) throws Exception {
        var stream = new BufferedByteReceiveStream(shape.source(ascii("abc\r\nxyz\r\n")));
        assertThat(stream.receiveUntil(CRLF, 4)).isEqualTo(ascii("abc"));
        assertThatThrownBy(() -> stream.receiveUntil(CRLF, 3)).isInstanceOf(DelimiterNotFoundException.class);
        assertThat(stream.buffer()).startsWith(ascii("xyz"));
        assertThat(stream.receiveUntil(CRLF, 4)).isEqualTo(ascii("xyz"));
    }

    @ParameterizedTest
    @EnumSource(SourceShape.class)
    void linesFramedTheSameWhateverTheChunking(SourceShape shape) throws Exception {
        var stream = new BufferedByteReceiveStream(shape.source(ascii("one\r\n\r\ntwo\r\r\nthree\r\n")));
        List<String> lines = new ArrayList<>();
        while (true) {
            try {
                lines.add(new String(stream.receiveUntil(CRLF, 100)));
            } catch (IncompleteReadException e) {
                break;
            }
        }
        assertThat(lines).containsExactly("one", "", "two\r", "three");
    }

    @ParameterizedTest
    @EnumSource(SourceShape.class)
    void decodedReceiveUntilDecodesCharactersAndDelimitersCutByChunks(SourceShape shape) throws Exception {
        var stream = new BufferedByteReceiveStream(shape.source("grüße\r\n😀 €\r\n\r\n".getBytes(UTF_8)));
        assertThat(stream.receiveUntil(CRLF, 100, UTF_8)).isEqualTo("grüße");
        assertThat(stream.receiveUntil(CRLF, 100, UTF_8)).isEqualTo("😀 €");
        assertThat(stream.receiveUntil(CRLF, 100, UTF_8)).isEmpty();
        assertThatThrownBy(() -> stream.receiveUntil(CRLF, 100, UTF_8)).isInstanceOf(IncompleteReadException.class);
    }

    @Test
    void decodedReceiveUntilReplacesMalformedInputAsNewStringDoes() throws Exception {
        byte[] malformed = {'a', (byte) 0xFF, (byte) 0xC3, 'b', (byte) 0xE2, (byte) 0x82, '!'};
        var stream = new BufferedByteReceiveStream(ByteChunks.of(List.of(malformed)));
        assertThat(stream.receiveUntil(BANG, 100, UTF_8))
                .isEqualTo("a\uFFFD\uFFFDb\uFFFD")
                .isEqualTo(new String(malformed, 0, malformed.length - 1, UTF_8));
    }

    @Test
    void decodedReceiveUntilCountsMaxBytesInBytesAndKeepsDataOnEveryFailure() throws Exception {
        var source = new ByteChunks().add("éé".getBytes(UTF_8));
        var stream = new BufferedByteReceiveStream(source);
        source.add(BANG);
        // two characters, four bytes: the '!' starts at byte 4, so maxBytes 4 is too small
        assertThatThrownBy(() -> stream.receiveUntil(BANG, 4, UTF_8)).isInstanceOf(DelimiterNotFoundException.class);
        assertThat(stream.buffer()).isEqualTo("éé".getBytes(UTF_8)); // thrown as soon as 4 bytes are in
        assertThat(stream.receiveUntil(BANG, 5, UTF_8)).isEqualTo("éé");

        var ending = BufferedByteReceiveStream.ofObjects(ByteChunks.of(List.of("ü".getBytes(UTF_8))).objects());
        assertThatThrownBy(() -> ending.receiveUntil(BANG, 10, UTF_8))
                .isInstanceOf(IncompleteReadException.class)
                .hasCauseInstanceOf(EndOfStreamException.class);
        assertThat(ending.buffer()).isEqualTo("ü".getBytes(UTF_8));
    }

    @Test
    void longLineArrivingInSmallChunksIsFound() throws Exception {
        byte[] line = new byte[300_000];
        Arrays.fill(line, (byte) 'x');
        var source = new ByteChunks();
        for (int i = 0; i < line.length; i += 7) {
            source.add(Arrays.copyOfRange(line, i, Math.min(line.length, i + 7)));
        }
        source.add(ascii("\nrest")).end();
        var stream = BufferedByteReceiveStream.ofObjects(source.objects());
        assertThat(stream.receiveUntil(ascii("\n"), line.length + 1)).isEqualTo(line);
        assertThat(stream.receive()).isEqualTo(ascii("rest"));
    }

    @Test
    void bufferedStreamSendsThroughAndHalfClosesTheTransport() throws Exception {
        // checklist 45 (over a test transport standing in for a stapled memory stream)
        var transport = new ByteChunks();
        try (var stream = new BufferedByteStream(transport)) {
            stream.send(ascii("abcd"));
            transport.add(transport.sent()).end();
            assertThat(stream.receiveExactly(2)).isEqualTo(ascii("ab"));
            assertThat(stream.receiveExactly(2)).isEqualTo(ascii("cd"));
            stream.sendEof();
            assertThat(transport.isSendClosed()).isTrue();
            assertThatThrownBy(() -> stream.send(ascii("x"))).isInstanceOf(ClosedResourceException.class);
            assertThatThrownBy(stream::receive).isInstanceOf(EndOfStreamException.class);
        }
        assertThat(transport.closeCalls()).isEqualTo(1);
    }

    @Test
    void bufferedStapledMemoryStreamReceivesExactlyAndClosesTheReceiveHalf() throws Exception {
        // checklist 45 over real memory streams: the receive half of a StapledObjectStream, buffered
        var channel = MemoryObjectStream.<byte[]>create(10);
        var stapled = new StapledObjectStream<>(channel.sendStream(), channel.receiveStream());
        var buffered = BufferedByteReceiveStream.ofObjects(stapled);
        channel.sendStream().send(ascii("abcd"));
        assertThat(buffered.receiveExactly(2)).isEqualTo(ascii("ab"));
        assertThat(buffered.receiveExactly(2)).isEqualTo(ascii("cd"));
        stapled.sendEof();
        assertThatThrownBy(() -> channel.sendStream().sendNowait(ascii("x"))).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> channel.receiveStream().receiveNowait()).isInstanceOf(EndOfStreamException.class);
        buffered.close();
        assertThatThrownBy(() -> channel.receiveStream().receiveNowait()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void fedDataComesBeforeDataQueuedInAMemoryStream() throws Exception {
        // checklist 49 over a real memory stream
        var channel = MemoryObjectStream.<byte[]>create(1);
        channel.sendStream().send(ascii("abcd"));
        var stream = BufferedByteReceiveStream.ofObjects(channel.receiveStream());
        stream.feedData(ascii("xxx"));
        stream.feedData(ascii("foo"));
        assertThat(stream.receiveExactly(10)).isEqualTo(ascii("xxxfooabcd"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void receiveRejectsNonPositiveMaxBytes(int maxBytes) {
        // checklist 47
        var stream = new BufferedByteReceiveStream(ByteChunks.ofAscii("abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receive(maxBytes))
                .withMessageStartingWith("maxBytes must be a positive integer");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void bufferedStreamReceiveRejectsNonPositiveMaxBytes(int maxBytes) {
        // checklist 48
        var stream = new BufferedByteStream(ByteChunks.ofAscii("abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receive(maxBytes))
                .withMessageStartingWith("maxBytes must be a positive integer");
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receiveUntil(BANG, maxBytes))
                .withMessageStartingWith("maxBytes must be a positive integer");
    }

    @Test
    void fedDataComesFirstInFeedOrder() throws Exception {
        // checklist 49
        var stream = new BufferedByteReceiveStream(ByteChunks.ofAscii("abcd"));
        stream.feedData(ascii("xxx"));
        stream.feedData(ascii("foo"));
        assertThat(stream.receiveExactly(10)).isEqualTo(ascii("xxxfooabcd"));
    }

    @Test
    void receiveServesTheBufferWithoutTouchingTheSource() throws Exception {
        // checklist 50
        var source = ByteChunks.ofAscii("0123456789", "more");
        var stream = BufferedByteReceiveStream.ofObjects(source.objects());
        assertThat(stream.receive(4)).isEqualTo(ascii("0123"));
        assertThat(stream.buffer()).isEqualTo(ascii("456789"));
        int calls = source.receiveCalls();
        assertThat(stream.receive(100)).isEqualTo(ascii("456789"));
        assertThat(source.receiveCalls()).isEqualTo(calls);
        assertThat(stream.receive(100)).isEqualTo(ascii("more"));
    }

    @Test
    void receiveAfterCloseThrowsClosedResource() {
        // checklist 51
        var source = ByteChunks.ofAscii("abcd");
        var stream = new BufferedByteReceiveStream(source);
        stream.feedData(ascii("buffered"));
        stream.close();
        stream.close();
        assertThat(source.closeCalls()).isEqualTo(1);
        assertThatThrownBy(stream::receive).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> stream.receiveExactly(1)).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> stream.receiveUntil(BANG, 1)).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> stream.receiveUntil(BANG, 1, UTF_8)).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> stream.feedData(BANG)).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void receiveExactlyValidatesCount() throws Exception {
        var stream = new BufferedByteReceiveStream(ByteChunks.ofAscii("abcd"));
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receiveExactly(-1)).withMessageContaining("nbytes");
        assertThat(stream.receiveExactly(0)).isEmpty();
        assertThat(stream.receiveExactly(4)).isEqualTo(ascii("abcd"));
    }

    @Test
    void argumentsAreCheckedByName() {
        var stream = new BufferedByteReceiveStream(ByteChunks.ofAscii("abcd"));
        assertThatNullPointerException().isThrownBy(() -> new BufferedByteReceiveStream(null)).withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> BufferedByteReceiveStream.ofObjects(null)).withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> stream.receiveUntil(null, 1)).withMessage("delimiter");
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receiveUntil(new byte[0], 1)).withMessageContaining("delimiter");
        assertThatNullPointerException().isThrownBy(() -> stream.receiveUntil(null, 1, UTF_8)).withMessage("delimiter");
        assertThatNullPointerException().isThrownBy(() -> stream.receiveUntil(BANG, 1, null)).withMessage("charset");
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receiveUntil(new byte[0], 1, UTF_8)).withMessageContaining("delimiter");
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receiveUntil(BANG, 0, UTF_8)).withMessageContaining("maxBytes");
    }

    @Test
    void emptyObjectChunksAreSkipped() throws Exception {
        var stream = BufferedByteReceiveStream.ofObjects(ByteChunks.ofAscii("", "ab", "").objects());
        assertThat(stream.receive()).isEqualTo(ascii("ab"));
        assertThatThrownBy(stream::receive).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void receiveIntoByteBufferServesBufferThenSource() throws Exception {
        var stream = BufferedByteReceiveStream.ofObjects(ByteChunks.ofAscii("abcdef", "gh").objects());
        ByteBuffer dst = ByteBuffer.allocate(4);
        assertThat(stream.receive(dst)).isEqualTo(4);
        assertThat(stream.buffer()).isEqualTo(ascii("ef"));
        dst.clear();
        assertThat(stream.receive(dst)).isEqualTo(2);
        dst.clear();
        assertThat(stream.receive(dst)).isEqualTo(2);
        assertThat(dst.flip()).isEqualTo(ByteBuffer.wrap(ascii("gh")));

        var direct = new BufferedByteReceiveStream(ByteChunks.ofAscii("xyz"));
        ByteBuffer big = ByteBuffer.allocate(10);
        assertThat(direct.receive(big)).isEqualTo(3);
        assertThat(big.position()).isEqualTo(3);
    }

    @Test
    void interruptedReceiveUntilKeepsTheBufferedBytes() throws Exception {
        var source = new ByteChunks().add(ascii("partial "));
        var stream = new BufferedByteReceiveStream(source);
        var reader = BlockedCall.start(() -> stream.receiveUntil(ascii("\n"), 100));
        assertThat(reader.interruptAndAwaitFailure()).isInstanceOf(InterruptedException.class);
        assertThat(stream.buffer()).isEqualTo(ascii("partial "));
        source.add(ascii("line\n"));
        assertThat(stream.receiveUntil(ascii("\n"), 100)).isEqualTo(ascii("partial line"));
    }

    @Test
    void brokenSourceLeavesTheBufferedBytes() throws Exception {
        var chunks = ByteChunks.ofAscii("ab");
        ByteReceiveStream breaking = new ByteReceiveStream() {
            @Override
            public byte[] receive(int maxBytes) throws InterruptedException {
                if (chunks.receiveCalls() > 0) {
                    throw new BrokenResourceException("peer reset");
                }
                return chunks.receive(maxBytes);
            }

            @Override
            public void close() {
            }
        };
        var stream = new BufferedByteReceiveStream(breaking);
        assertThatThrownBy(() -> stream.receiveExactly(4)).isInstanceOf(BrokenResourceException.class);
        assertThat(stream.buffer()).isEqualTo(ascii("ab"));
    }

    @Test
    void secondConcurrentReaderIsBusy() throws Exception {
        var source = new ByteChunks();
        var stream = new BufferedByteReceiveStream(source);
        var reader = BlockedCall.start(() -> stream.receiveExactly(1));
        assertThatThrownBy(stream::receive).isInstanceOf(BusyResourceException.class)
                .hasMessageContaining("already reading from");
        source.add(ascii("x"));
        assertThat(reader.awaitFailure()).isNull();
    }

    @Test
    void attributesOfTheSourceAreExposed() {
        TypedAttribute<String> peer = TypedAttribute.of("peer", String.class);
        var source = new ByteChunks(Map.of(peer, () -> "127.0.0.1"));
        assertThat(new BufferedByteReceiveStream(source).extra(peer)).isEqualTo("127.0.0.1");
        assertThat(BufferedByteReceiveStream.ofObjects(source.objects()).extra(peer)).isEqualTo("127.0.0.1");
        assertThat(new BufferedByteStream(source).extra(peer)).isEqualTo("127.0.0.1");
    }
}
