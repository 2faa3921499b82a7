package dev.streams;

import java.nio.charset.CharacterCodingException;

/**
 * Received bytes are not valid in the text stream's charset (under
 * {@link java.nio.charset.CodingErrorAction#REPORT}). The cause is the
 * {@link CharacterCodingException}.
 */
public class TextDecodingException extends StreamException {

    private static final long serialVersionUID = 1L;

    public TextDecodingException(String message, CharacterCodingException cause) {
        super(message, cause);
    }

    @Override
    public CharacterCodingException getCause() {
        return (CharacterCodingException) super.getCause();
    }
}
