package dev.streams.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TextDecodingException;
import dev.streams.TypedAttribute;
import dev.streams.buffered.BlockedCall;
import dev.streams.buffered.ByteChunks;
import dev.streams.buffered.SourceShape;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(10)
class TextStreamsTests {

    static final String SAMPLE = "héllo wörld, 1 € and a clef 𝄞 — done";

    static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    /** Every piece until the end of the stream. */
    static List<String> drain(TextReceiveStream stream) throws InterruptedException {
        List<String> pieces = new ArrayList<>();
        while (true) {
            try {
                pieces.add(stream.receive());
            } catch (EndOfStreamException e) {
                return pieces;
            }
        }
    }

    @Test
    void partialCharacterIsHeldBackUntilTheNextChunk() throws Exception {
        // checklist 52
        var source = new ByteChunks().add(bytes(0xc3, 0xa5, 0xc3, 0xa4, 0xc3));
        var stream = new TextReceiveStream(source);
        assertThat(stream.receive()).isEqualTo("åä");
        source.add(bytes(0xb6));
        assertThat(stream.receive()).isEqualTo("ö");
    }

    @Test
    void sendEncodesUtf8InOneChunk() throws Exception {
        // checklist 53
        var transport = new ByteChunks();
        new TextSendStream(transport).send("åäö");
        assertThat(transport.sentChunks()).containsExactly(bytes(0xc3, 0xa5, 0xc3, 0xa4, 0xc3, 0xb6));
    }

    @Test
    void replaceDecodesInvalidBytesAsReplacementCharacters() throws Exception {
        // checklist 54
        var stream = new TextReceiveStream(ByteChunks.of(List.of(bytes(0xe5, 0xe4, 0xf6))), StandardCharsets.UTF_8,
                CodingErrorAction.REPLACE);
        assertThat(String.join("", drain(stream))).isEqualTo("\ufffd\ufffd\ufffd");
    }

    @Test
    void replaceEncodesUnmappableCharacterAsQuestionMark() throws Exception {
        // checklist 55
        var transport = new ByteChunks();
        new TextSendStream(transport, StandardCharsets.ISO_8859_1, CodingErrorAction.REPLACE).send("€");
        assertThat(transport.sent()).isEqualTo(bytes('?'));
    }

    @Test
    void textStreamEncodesOutgoingAndDecodesIncomingText() throws Exception {
        // checklist 56 (over a test transport standing in for a stapled memory stream)
        var transport = new ByteChunks();
        try (var stream = new TextStream(transport)) {
            stream.send("åäö");
            assertThat(transport.sent()).isEqualTo("åäö".getBytes(StandardCharsets.UTF_8));
            transport.add(bytes(0xc3, 0xa6, 0xc3, 0xb8));
            assertThat(stream.receive()).isEqualTo("æø");
            assertThat(stream.extraAttributes()).isEmpty();
            stream.sendEof();
            assertThat(transport.isSendClosed()).isTrue();
        }
    }

    @Test
    void reportRaisesTextDecodingExceptionAfterTheGoodText() throws Exception {
        // checklist 58
        var stream = new TextReceiveStream(ByteChunks.of(List.of(bytes('o', 'k', 0xff, 'g', 'o'))));
        assertThat(stream.receive()).isEqualTo("ok");
        assertThatThrownBy(stream::receive)
                .isInstanceOf(TextDecodingException.class)
                .hasMessageContaining("UTF-8")
                .hasCauseInstanceOf(MalformedInputException.class);
        assertThat(stream.receive()).isEqualTo("go");
        assertThatThrownBy(stream::receive).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void unmappableInputIsReportedAsSuch() {
        // checklist 58: a charset with unmapped bytes (0x81 is unassigned in windows-1252)
        var stream = new TextReceiveStream(ByteChunks.of(List.of(bytes(0x81))), Charset.forName("windows-1252"));
        assertThatThrownBy(stream::receive)
                .isInstanceOf(TextDecodingException.class)
                .hasCauseInstanceOf(UnmappableCharacterException.class);
    }

    @Test
    void truncatedCharacterAtEndOfStreamIsReportedBeforeEndOfStream() throws Exception {
        // checklist 59 (AnyIO drops it silently)
        var stream = new TextReceiveStream(ByteChunks.of(List.of(bytes('a', 0xe2, 0x82))));
        assertThat(stream.receive()).isEqualTo("a");
        assertThatThrownBy(stream::receive)
                .isInstanceOf(TextDecodingException.class)
                .hasMessageContaining("truncated character at end of stream")
                .hasCauseInstanceOf(MalformedInputException.class);
        assertThatThrownBy(stream::receive).isInstanceOf(EndOfStreamException.class);
        assertThatThrownBy(stream::receive).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void truncatedCharacterAtEndOfStreamIsReplacedOrIgnored() throws Exception {
        // checklist 59 under REPLACE and IGNORE
        var replacing = new TextReceiveStream(ByteChunks.of(List.of(bytes('a', 0xe2, 0x82))), StandardCharsets.UTF_8,
                CodingErrorAction.REPLACE);
        assertThat(String.join("", drain(replacing))).isEqualTo("a\ufffd");
        var ignoring = new TextReceiveStream(ByteChunks.of(List.of(bytes('a', 0xe2, 0x82))), StandardCharsets.UTF_8,
                CodingErrorAction.IGNORE);
        assertThat(String.join("", drain(ignoring))).isEqualTo("a");
    }

    @ParameterizedTest
    @EnumSource(SourceShape.class)
    void decodingDoesNotDependOnTheChunking(SourceShape shape) throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, Charset.forName("GB18030"))) {
            var stream = new TextReceiveStream(shape.source(SAMPLE.getBytes(charset)), charset);
            List<String> pieces = drain(stream);
            assertThat(pieces).as("%s pieces", charset).doesNotContain("");
            assertThat(String.join("", pieces)).as(charset.name()).isEqualTo(SAMPLE);
        }
    }

    @ParameterizedTest
    @EnumSource(SourceShape.class)
    void errorsAreReportedWhateverTheChunking(SourceShape shape) throws Exception {
        var stream = new TextReceiveStream(shape.source(bytes('a', 0xc3, 'b', 0xf0, 0x9f)), StandardCharsets.UTF_8,
                CodingErrorAction.REPLACE);
        assertThat(String.join("", drain(stream))).isEqualTo("a\ufffdb\ufffd");
    }

    @Test
    void reportedEncodingErrorNamesTheProblemAndSendsNothing() throws Exception {
        var transport = new ByteChunks();
        var stream = new TextSendStream(transport, StandardCharsets.ISO_8859_1);
        assertThatIllegalArgumentException().isThrownBy(() -> stream.send("price: €"))
                .withMessageContaining("item")
                .withMessageContaining("ISO-8859-1")
                .withCauseInstanceOf(UnmappableCharacterException.class);
        assertThat(transport.sent()).isEmpty();
        stream.send("ok");
        assertThat(transport.sent()).isEqualTo(bytes('o', 'k'));
    }

    @Test
    void loneSurrogateAtTheEndOfAStringIsMalformed() throws Exception {
        var transport = new ByteChunks();
        assertThatIllegalArgumentException().isThrownBy(() -> new TextSendStream(transport).send("a\ud834"))
                .withMessageContaining("surrogate");
        new TextSendStream(transport, StandardCharsets.UTF_8, CodingErrorAction.REPLACE).send("a\ud834");
        new TextSendStream(transport, StandardCharsets.UTF_8, CodingErrorAction.IGNORE).send("b\ud834");
        assertThat(transport.sent()).isEqualTo(bytes('a', '?', 'b'));
    }

    @Test
    void byteOrderMarkIsWrittenOnceAtTheStartOfTheStream() throws Exception {
        var transport = new ByteChunks();
        var stream = new TextSendStream(transport, StandardCharsets.UTF_16);
        stream.send("ab");
        stream.send("c");
        assertThat(new String(transport.sent(), StandardCharsets.UTF_16)).isEqualTo("abc");
        assertThat(transport.sent()).hasSize(2 + 3 * 2);
    }

    @Test
    void emptyStringSendsNothing() throws Exception {
        var transport = new ByteChunks();
        new TextSendStream(transport).send("");
        assertThat(transport.sentChunks()).isEmpty();
    }

    @Test
    void textStreamClosesTheTransportOnce() {
        var transport = new ByteChunks();
        var stream = new TextStream(transport);
        stream.close();
        stream.close();
        assertThat(transport.closeCalls()).isEqualTo(1);
        assertThatThrownBy(stream::receive).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> stream.send("x")).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void closedHalvesThrowClosedResource() {
        var receiving = new TextReceiveStream(ByteChunks.of(List.of(bytes('a'))));
        receiving.close();
        assertThatThrownBy(receiving::receive).isInstanceOf(ClosedResourceException.class);
        var sending = new TextSendStream(new ByteChunks());
        sending.close();
        assertThatThrownBy(() -> sending.send("a")).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void attributesOfTheTransportAreExposed() {
        TypedAttribute<Integer> port = TypedAttribute.of("port", Integer.class);
        var transport = new ByteChunks(Map.of(port, () -> 4242));
        assertThat(new TextReceiveStream(transport).extra(port)).isEqualTo(4242);
        assertThat(new TextSendStream(transport).extra(port)).isEqualTo(4242);
        assertThat(new TextStream(transport).extra(port)).isEqualTo(4242);
    }

    @Test
    void interruptedReceiveKeepsThePartialCharacter() throws Exception {
        var source = new ByteChunks().add(bytes(0xe2, 0x82));
        var stream = new TextReceiveStream(source);
        var reader = BlockedCall.start(stream::receive);
        assertThat(reader.interruptAndAwaitFailure()).isInstanceOf(InterruptedException.class);
        source.add(bytes(0xac));
        assertThat(stream.receive()).isEqualTo("€");
    }

    @Test
    void argumentsAreCheckedByName() {
        var transport = new ByteChunks();
        assertThatNullPointerException().isThrownBy(() -> new TextReceiveStream(null)).withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> new TextSendStream(null)).withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> new TextStream(null)).withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> new TextStream(transport, null)).withMessage("charset");
        assertThatNullPointerException()
                .isThrownBy(() -> new TextReceiveStream(transport, StandardCharsets.UTF_8, null)).withMessage("onError");
        assertThatNullPointerException().isThrownBy(() -> new TextSendStream(transport).send(null)).withMessage("item");
    }
}
