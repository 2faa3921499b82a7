package dev.streams.tls;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Host names as TLS needs them: ASCII for SNI and certificate matching, and IP literals told
 * apart from DNS names (RFC 6066 section 3 forbids IP literals in SNI).
 *
 * <p>Non-ASCII names are converted the IDNA 2008 way, like AnyIO: each label is lower-cased,
 * NFC-normalised and Punycode-encoded (RFC 3492) as is, so "faß.de" becomes "xn--fa-hia.de"
 * ({@link java.net.IDN} implements IDNA 2003, which would map it to "fass.de", a different
 * host). The full UTS #46 mapping table is not applied.
 */
final class HostNames {

    private HostNames() {
    }

    static String toAscii(String host) {
        if (host.chars().allMatch(c -> c < 0x80)) {
            return host;
        }
        String normalized = Normalizer.normalize(host.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder result = new StringBuilder();
        for (String label : normalized.split("\\.", -1)) {
            if (result.length() > 0) {
                result.append('.');
            }
            result.append(label.chars().allMatch(c -> c < 0x80) ? label : "xn--" + punycode(label));
        }
        return result.toString();
    }

    static boolean isIpLiteral(String host) {
        if (host.indexOf(':') >= 0) {
            return true; // IPv6; DNS names never contain a colon
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3492 section 6.3, with the parameter values of section 5. */
    static String punycode(String label) {
        final int base = 36;
        final int tMin = 1;
        final int tMax = 26;
        int[] codePoints = label.codePoints().toArray();
        StringBuilder output = new StringBuilder();
        for (int c : codePoints) {
            if (c < 0x80) {
                output.append((char) c);
            }
        }
        int basic = output.length();
        int handled = basic;
        if (basic > 0) {
            output.append('-');
        }
        int n = 0x80;
        int delta = 0;
        int bias = 72;
        while (handled < codePoints.length) {
            int m = Integer.MAX_VALUE;
            for (int c : codePoints) {
                if (c >= n && c < m) {
                    m = c;
                }
            }
            delta += (m - n) * (handled + 1);
            n = m;
            for (int c : codePoints) {
                if (c < n) {
                    delta++;
                }
                if (c == n) {
                    int q = delta;
                    for (int k = base; ; k += base) {
                        int t = k <= bias ? tMin : Math.min(k - bias, tMax);
                        if (q < t) {
                            break;
                        }
                        output.append(digit(t + (q - t) % (base - t)));
                        q = (q - t) / (base - t);
                    }
                    output.append(digit(q));
                    bias = adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
            n++;
        }
        return output.toString();
    }

    private static int adapt(int delta, int numPoints, boolean first) {
        delta = first ? delta / 700 : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((36 - 1) * 26) / 2) {
            delta /= 36 - 1;
            k += 36;
        }
        return k + (36 * delta) / (delta + 38);
    }

    private static char digit(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }
}
