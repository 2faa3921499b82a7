package dev.streams.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.streams.BrokenResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TextDecodingException;
import dev.streams.reliability.Bounded;
import dev.streams.text.TextReceiveStream;
import dev.streams.text.TextSendStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * UTF-8 text of 1- to 4-byte characters decoded by a {@link TextReceiveStream} over a
 * {@link FaultyByteStream} that splits reads anywhere (inside characters too) and ends or resets
 * the stream at a random byte offset. The text that comes out is always exactly the characters
 * wholly received before the fault, in order; a character cut by an end is a
 * {@link TextDecodingException} before the {@link EndOfStreamException} (TextReceiveStream: "a
 * character left incomplete at the end of the stream is an error too"); a reset is a
 * {@link BrokenResourceException}. Never a wrong or invented character, never a hang.
 */
class TextStreamFaultInjectionTests {

    /** jqwik ignores JUnit's @Timeout: each try bounds itself. */
    private static final Duration TRY_DEADLINE = Duration.ofSeconds(20);
    private static final String[] ALPHABET = {"a", "Z", " ", "\n", "é", "ß", "中", "語", "😀", "𝄞"};

    @Property(tries = 100)
    void onlyWhollyReceivedCharactersComeOutAndCutsAreReportedAsDocumented(@ForAll long seed,
            @ForAll @LongRange(min = 0, max = 1_200) long cut, @ForAll @IntRange(min = 1, max = 7) int maxChunk,
            @ForAll boolean reset) throws Exception {
        decodeUntilTheFault(seed, cut, maxChunk, reset);
    }

    /**
     * The property meets a fault right after the last byte only when {@code cut} happens to be the
     * text's length: pinned here. A reset there still comes after the whole text, and is reported.
     */
    @Example
    void aFaultRightAfterTheLastByteComesAfterTheWholeText() throws Exception {
        long seed = 35_971;
        long length = text(seed).getBytes(StandardCharsets.UTF_8).length;
        decodeUntilTheFault(seed, length, 7, true);
        decodeUntilTheFault(seed, length, 7, false);
    }

    private static void decodeUntilTheFault(long seed, long cut, int maxChunk, boolean reset) throws Exception {
        Bounded.run(TRY_DEADLINE, () -> {
            String text = text(seed);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long at = cut % (bytes.length + 1); // == length: the fault lies past the end
            String whole = wholeCharactersBefore(text, at);
            boolean cutInsideCharacter = whole.getBytes(StandardCharsets.UTF_8).length < at;

            BytePipe.Ends pipe = BytePipe.create();
            Fault fault = reset ? Fault.RESET : Fault.END;
            FaultyByteStream faulty = new FaultyByteStream(pipe.right(), FaultPlan.of(fault, at, maxChunk, seed));
            Thread writer = BufferedStreamFaultTests.write(pipe.left(), bytes, true);
            StringBuilder decoded = new StringBuilder();
            Throwable ending = null;
            boolean decodingErrorSeen = false;
            try (TextReceiveStream in = new TextReceiveStream(faulty)) {
                while (ending == null) {
                    try {
                        decoded.append(in.receive());
                    } catch (TextDecodingException e) {
                        assertThat(decodingErrorSeen).as("one decoding error, for the cut character").isFalse();
                        decodingErrorSeen = true;
                    } catch (EndOfStreamException | BrokenResourceException e) {
                        ending = e;
                    }
                }
            }
            BufferedStreamFaultTests.join(writer);
            String where = fault + " at " + at + " of " + bytes.length + ", chunks " + maxChunk + ", seed " + seed;
            assertThat(decoded.toString()).as("exactly the characters wholly received: " + where).isEqualTo(
                    at == bytes.length ? text : whole);
            if (reset) { // the reader asks for more after the last byte, so it meets a reset even there
                assertThat(ending).as(where).isInstanceOf(BrokenResourceException.class);
            } else {
                assertThat(ending).as(where).isInstanceOf(EndOfStreamException.class);
                assertThat(decodingErrorSeen).as("a cut character is reported: " + where).isEqualTo(
                        cutInsideCharacter);
            }
            assertThat(faulty.isClosed()).as("transport closed with the text stream").isTrue();
        });
    }

    @Property(tries = 50)
    void underReplaceACutCharacterBecomesOneReplacementCharacterBeforeTheEnd(@ForAll long seed,
            @ForAll @LongRange(min = 0, max = 1_200) long cut, @ForAll @IntRange(min = 1, max = 7) int maxChunk)
            throws Exception {
        Bounded.run(TRY_DEADLINE, () -> {
            String text = text(seed);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long at = cut % bytes.length;
            String whole = wholeCharactersBefore(text, at);
            boolean cutInsideCharacter = whole.getBytes(StandardCharsets.UTF_8).length < at;
            BytePipe.Ends pipe = BytePipe.create();
            FaultyByteStream faulty = new FaultyByteStream(pipe.right(), FaultPlan.of(Fault.END, at, maxChunk, seed));
            Thread writer = BufferedStreamFaultTests.write(pipe.left(), bytes, true);
            StringBuilder decoded = new StringBuilder();
            try (TextReceiveStream in = new TextReceiveStream(faulty, StandardCharsets.UTF_8,
                    CodingErrorAction.REPLACE)) {
                while (true) {
                    try {
                        decoded.append(in.receive());
                    } catch (EndOfStreamException e) {
                        break;
                    }
                }
            }
            BufferedStreamFaultTests.join(writer);
            // API.md 6: under REPLACE a truncated character is U+FFFD, once, before the end.
            assertThat(decoded.toString()).as("END at %d, seed %d", at, seed)
                    .isEqualTo(cutInsideCharacter ? whole + "\uFFFD" : whole);
        });
    }

    @Property(tries = 50)
    void aSenderWhoseTransportResetsGetsABrokenResourceAndThePeerAPrefix(@ForAll long seed,
            @ForAll @LongRange(min = 0, max = 1_200) long cut) throws Exception {
        Bounded.run(TRY_DEADLINE, () -> {
            String text = text(seed);
            // Sent and then read on one thread: the reset must come before the pipe's 64 chunks in
            // flight fill up (each piece is at least one byte), or the send would wait for a reader.
            long at = cut % Math.min(text.getBytes(StandardCharsets.UTF_8).length, 64);
            BytePipe.Ends pipe = BytePipe.create();
            FaultyByteStream faulty = new FaultyByteStream(pipe.left(), FaultPlan.of(Fault.SEND_RESET, at, 7, seed));
            StringBuilder decoded = new StringBuilder();
            try (TextSendStream out = new TextSendStream(faulty);
                    TextReceiveStream in = new TextReceiveStream(pipe.right(), StandardCharsets.UTF_8,
                            CodingErrorAction.REPLACE)) {
                Throwable failure = catchThrowable(() -> out.send(text));
                assertThat(failure).as("SEND_RESET at %d, seed %d", at, seed)
                        .isInstanceOf(BrokenResourceException.class);
                while (true) {
                    try {
                        decoded.append(in.receive());
                    } catch (EndOfStreamException | BrokenResourceException e) {
                        break;
                    }
                }
            }
            String received = decoded.toString().replace("\uFFFD", "");
            assertThat(text).as("the peer got a prefix, no wrong character").startsWith(received);
            assertThat(received).isEqualTo(wholeCharactersBefore(text, at));
            assertThat(faulty.isClosed()).isTrue();
        });
    }

    private static String text(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            builder.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return builder.toString();
    }

    /** The prefix of {@code text} whose UTF-8 encoding fits in {@code byteCount} bytes. */
    static String wholeCharactersBefore(String text, long byteCount) {
        int bytes = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > byteCount) {
                break;
            }
            bytes += size;
            index += Character.charCount(codePoint);
        }
        return text.substring(0, index);
    }
}
