package dev.streams.text;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;

/** What the text streams share about coder results. */
final class CoderResults {

    private CoderResults() {
    }

    /** The exception the JDK defines for an error result (malformed or unmappable input). */
    static CharacterCodingException exceptionOf(CoderResult result) {
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        throw new IllegalArgumentException("not an error: " + result);
    }
}
