package dev.streams.tls;

/**
 * Text a peer chose (an SNI name inside the JDK's exception message, an ALPN name, a certificate
 * subject), made safe for one log line: control characters, backslashes and everything outside
 * printable ASCII are escaped ({@code \n}, {@code \r}, {@code \t}, {@code \\}, {@code \}{@code uXXXX}),
 * so a peer cannot forge log lines; and the text is cut at {@value #MAX_CHARS} characters, so a
 * 32 KiB name cannot flood the log.
 *
 * <pre>{@code
 * LOG.log(Level.DEBUG, "TLS handshake failed: " + PeerText.escape(error.getMessage()));
 * }</pre>
 */
final class PeerText {

    /** The most characters of escaped output kept from one piece of peer text. */
    static final int MAX_CHARS = 200;

    private PeerText() {
    }

    /** {@code text} escaped and truncated; {@code "null"} for null. */
    static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 16);
        int i = 0;
        for (; i < text.length() && out.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        if (i < text.length()) {
            out.append("...(").append(text.length() - i).append(" more chars)");
        }
        return out.toString();
    }
}
