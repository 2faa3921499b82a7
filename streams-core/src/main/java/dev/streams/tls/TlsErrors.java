package dev.streams.tls;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns the JDK's TLS exceptions into messages that say what went wrong in words. The JDK's own
 * messages ("PKIX path building failed: ...") are kept in the cause.
 */
final class TlsErrors {

    private TlsErrors() {
    }

    static String describe(SSLException error, boolean handshaking) {
        String prefix = handshaking ? "TLS handshake failed: " : "TLS session failed: ";
        return prefix + reason(error) + " (" + error.getMessage() + ")";
    }

    private static String reason(SSLException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateExpiredException || cause instanceof CertPathValidatorException
                    && ((CertPathValidatorException) cause).getReason() == BasicReason.EXPIRED) {
                return "the peer's certificate has expired";
            }
            if (cause instanceof CertificateNotYetValidException || cause instanceof CertPathValidatorException
                    && ((CertPathValidatorException) cause).getReason() == BasicReason.NOT_YET_VALID) {
                return "the peer's certificate is not yet valid";
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no subject alternative") || message.contains("no name matching")) {
                return "hostname mismatch: the peer's certificate is not valid for the requested host name";
            }
            if (cause instanceof CertPathValidatorException || message.contains("pkix path")
                    || message.contains("unable to find valid certification path")) {
                return "the peer's certificate is not trusted (no trusted certificate authority issued it)";
            }
        }
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("no_application_protocol") || message.contains("application protocol")) {
            return "no shared ALPN protocol";
        }
        if (message.contains("protocol_version") || message.contains("no appropriate protocol")
                || message.contains("protocol is not enabled") || message.contains("not enabled or supported")) {
            return "no shared protocol version";
        }
        if (message.contains("empty client certificate chain") || message.contains("certificate_required")
                || message.contains("null cert chain")) {
            return "a client certificate is required but none was sent";
        }
        if (message.contains("no cipher suites in common") || message.contains("insufficient_security")) {
            return "no shared cipher suite";
        }
        if (message.contains("handshake_failure")) {
            // A catch-all alert: some servers send it for a missing client certificate too.
            return "the peer refused the handshake (no shared cipher suite, or a client certificate it "
                    + "requires is missing)";
        }
        if (message.contains("bad_certificate") || message.contains("certificate_unknown")
                || message.contains("unknown_ca") || message.contains("certificate_expired")) {
            return "the peer rejected our certificate";
        }
        if (message.contains("unsupported or unrecognized ssl message") || message.contains("plaintext")) {
            return "the peer does not speak TLS (unrecognised bytes received)";
        }
        if (message.contains("received fatal alert")) {
            return "the peer aborted the session";
        }
        return "protocol error";
    }
}
