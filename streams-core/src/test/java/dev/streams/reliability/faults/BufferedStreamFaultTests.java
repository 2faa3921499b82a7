package dev.streams.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.streams.BrokenResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.IncompleteReadException;
import dev.streams.buffered.BufferedByteStream;
import dev.streams.reliability.Bounded;
import java.io.ByteArrayOutputStream;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Buffered streams over a {@link FaultyByteStream}: length-prefixed frames read with
 * {@code receiveExactly} and newline-delimited records read with {@code receiveUntil}. Whatever the
 * splitting, the frames arrive intact; a truncated or reset transport ends in
 * {@link IncompleteReadException} or {@link BrokenResourceException}, with exactly the bytes of the
 * unfinished frame still buffered (API.md 5: data already buffered survives every exception).
 * Closing the buffered stream closes the transport on every path.
 */
class BufferedStreamFaultTests {

    /** jqwik ignores JUnit's @Timeout: every property bounds its own body. */
    private static final Duration BODY_DEADLINE = Duration.ofSeconds(30);

    @Property(tries = 60)
    void framesArriveIntactWhateverTheSplitsAndDelays(@ForAll long seed, @ForAll @IntRange(min = 1, max = 64) int maxChunk)
            throws Exception {
        Bounded.run(BODY_DEADLINE, () -> {
            List<byte[]> frames = frames(seed, 20);
            byte[] wire = lengthPrefixed(frames);
            BytePipe.Ends pipe = BytePipe.create();
            FaultyByteStream faulty = new FaultyByteStream(pipe.right(), FaultPlan.clean(maxChunk, seed));
            Thread writer = write(new FaultyByteStream(pipe.left(), FaultPlan.clean(maxChunk, ~seed)), wire, true);
            try (BufferedByteStream in = new BufferedByteStream(faulty)) {
                for (byte[] frame : frames) {
                    assertThat(in.receiveExactly(readLength(in))).as("seed %d", seed).isEqualTo(frame);
                }
                assertThat(catchThrowable(() -> in.receive())).isInstanceOf(EndOfStreamException.class);
            }
            join(writer);
            assertThat(faulty.isClosed()).as("transport closed with the buffered stream").isTrue();
        });
    }

    @Property(tries = 100)
    void anEndMidStreamIsAnIncompleteReadWithTheUnfinishedFrameStillBuffered(@ForAll long seed,
            @ForAll @LongRange(min = 0, max = 4000) long cut) throws Exception {
        Bounded.run(BODY_DEADLINE, () -> cutFramesMidStream(seed, cut, Fault.END, IncompleteReadException.class));
    }

    @Property(tries = 100)
    void aResetIsABrokenResourceWithTheCauseKeptAndTheBufferIntact(@ForAll long seed,
            @ForAll @LongRange(min = 0, max = 4000) long cut) throws Exception {
        Bounded.run(BODY_DEADLINE, () -> cutFramesMidStream(seed, cut, Fault.RESET, BrokenResourceException.class));
    }

    /**
     * Frames cut by {@code fault} at a random offset: complete frames arrive intact, the unfinished
     * one fails with {@code expected} and its bytes stay buffered; a failure stays that failure on
     * the next read (a reset does not turn into an end); both ends get closed.
     */
    private static void cutFramesMidStream(long seed, long cut, Fault fault, Class<? extends Throwable> expected)
            throws InterruptedException {
        List<byte[]> frames = frames(seed, 20);
        byte[] wire = lengthPrefixed(frames);
        long at = cut % wire.length;
        BytePipe.Ends pipe = BytePipe.create();
        FaultyByteStream faulty = new FaultyByteStream(pipe.right(), FaultPlan.of(fault, at, 13, seed));
        Thread writer = write(pipe.left(), wire, false);
        try (BufferedByteStream in = new BufferedByteStream(faulty)) {
            int offset = readFramesUntilFailure(in, frames, expected, at, seed);
            assertThat(in.buffer()).as("the unfinished frame's bytes stay buffered (%s, seed %d)", fault, seed)
                    .isEqualTo(Arrays.copyOfRange(wire, offset, (int) at));
            int buffered = in.buffer().length;
            assertThat(catchThrowable(() -> in.receiveExactly(buffered + 1))).isInstanceOf(expected);
        }
        join(writer);
        assertThat(faulty.isClosed()).isTrue();
        assertThat(pipe.left().isClosed()).isTrue();
    }

    @Property(tries = 100)
    void aTruncatingSenderGivesDelimitedReadsAnIncompleteReadNeverAShortRecord(@ForAll long seed,
            @ForAll @LongRange(min = 0, max = 4000) long cut) throws Exception {
        Bounded.run(BODY_DEADLINE, () -> {
            List<byte[]> records = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(seed);
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            for (int i = 0; i < 30; i++) {
                byte[] record = new byte[random.nextInt(0, 80)];
                for (int j = 0; j < record.length; j++) {
                    record[j] = (byte) random.nextInt('a', 'z' + 1); // never the delimiter
                }
                records.add(record);
                wire.write(record, 0, record.length);
                wire.write("\r\n".getBytes(), 0, 2);
            }
            byte[] bytes = wire.toByteArray();
            long at = cut % bytes.length;
            BytePipe.Ends pipe = BytePipe.create();
            // The fault is on the sending end: it believes everything went out, the reader sees a clean end.
            Thread writer = write(new FaultyByteStream(pipe.left(), FaultPlan.of(Fault.TRUNCATE, at, 11, seed)), bytes,
                    true);
            try (BufferedByteStream in = new BufferedByteStream(pipe.right())) {
                int offset = 0;
                for (byte[] record : records) {
                    if (offset + record.length + 2 > at) {
                        Throwable failure = catchThrowable(() -> in.receiveUntil("\r\n".getBytes(), 1000));
                        assertThat(failure).as("seed %d, cut %d", seed, at).isInstanceOf(IncompleteReadException.class);
                        assertThat(in.buffer()).isEqualTo(Arrays.copyOfRange(bytes, offset, (int) at));
                        break;
                    }
                    assertThat(in.receiveUntil("\r\n".getBytes(), 1000)).isEqualTo(record);
                    offset += record.length + 2;
                }
            }
            join(writer);
            assertThat(pipe.right().isClosed()).isTrue();
        });
    }

    /**
     * Reads frames until the fault strikes; asserts each complete frame and the failure type, and
     * returns the wire offset of the frame that could not be finished.
     */
    private static int readFramesUntilFailure(BufferedByteStream in, List<byte[]> frames,
            Class<? extends Throwable> expected, long at, long seed) throws InterruptedException {
        int offset = 0;
        for (byte[] frame : frames) {
            if (offset + 2 + frame.length > at) {
                Throwable failure = catchThrowable(() -> in.receiveExactly(2 + frame.length));
                assertThat(failure).as("seed %d, fault at %d", seed, at).isInstanceOf(expected);
                if (failure instanceof BrokenResourceException) {
                    assertThat(failure).hasCauseInstanceOf(SocketException.class);
                }
                return offset;
            }
            assertThat(in.receiveExactly(2 + frame.length)).as("seed %d", seed)
                    .isEqualTo(Arrays.copyOfRange(lengthPrefixed(List.of(frame)), 0, 2 + frame.length));
            offset += 2 + frame.length;
        }
        throw new AssertionError("the fault at " + at + " lies inside the data");
    }

    static List<byte[]> frames(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] frame = new byte[random.nextInt(0, 200)];
            random.nextBytes(frame);
            frames.add(frame);
        }
        return frames;
    }

    static byte[] lengthPrefixed(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] frame : frames) {
            out.write(frame.length >>> 8);
            out.write(frame.length & 0xFF);
            out.write(frame, 0, frame.length);
        }
        return out.toByteArray();
    }

    private static int readLength(BufferedByteStream in) throws InterruptedException {
        byte[] header = in.receiveExactly(2);
        return ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
    }

    /**
     * Writes {@code wire} from a new thread, then half-closes ({@code eof}) or simply closes. A
     * reader that stopped early makes the send fail with Broken or Closed: expected, not a failure.
     */
    static Thread write(dev.streams.ByteStream out, byte[] wire, boolean eof) {
        Thread thread = new Thread(() -> {
            try (out) {
                out.send(wire);
                if (eof) {
                    out.sendEof();
                }
            } catch (dev.streams.StreamException | InterruptedException e) {
                // the reader went away or the fault cut the write: the reader's assertions judge it
            }
        }, "fault-writer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void join(Thread thread) throws InterruptedException {
        thread.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(thread.isAlive()).as("writer thread finished").isFalse();
    }
}
