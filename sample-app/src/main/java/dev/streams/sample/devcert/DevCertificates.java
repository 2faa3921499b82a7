package dev.streams.sample.devcert;

import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A development certificate authority on disk: a CA, a server certificate for {@code localhost},
 * {@code 127.0.0.1} and {@code ::1}, and a client certificate for the {@code mtls} profile, all as
 * PEM files that a {@code spring.ssl.bundle.pem} bundle and {@code openssl s_client} read directly.
 *
 * <pre>{@code
 * DevCertificates.ensure(Path.of("sample-app/certs"));   // writes the files once, then reuses them
 * }</pre>
 *
 * <p>The keys come from {@link TestCertificateAuthority} (BouncyCastle), are written with owner-only
 * permissions where the file system supports them, and must never be committed (the repository
 * ignores {@code *.pem}). Delete the directory to get a fresh CA. Not for production: use
 * certificates from your own CA there.
 *
 * <p>Stateless; concurrent calls on one directory from several processes are not coordinated.
 */
public final class DevCertificates {

    /** The CA certificate clients trust ({@code openssl s_client -CAfile}, {@code --ca}). */
    public static final String CA = "ca.pem";
    /** The server's certificate chain, leaf first. */
    public static final String SERVER_CHAIN = "server.pem";
    /** The server's private key (PKCS#8 PEM). */
    public static final String SERVER_KEY = "server-key.pem";
    /** A client certificate chain for mTLS. */
    public static final String CLIENT_CHAIN = "client.pem";
    /** The client's private key. */
    public static final String CLIENT_KEY = "client-key.pem";

    private static final List<String> FILES = List.of(CA, SERVER_CHAIN, SERVER_KEY, CLIENT_CHAIN, CLIENT_KEY);

    private DevCertificates() {
    }

    /**
     * Makes sure {@code directory} holds all five files, generating a new CA and both certificates
     * when any file is missing.
     *
     * @return whether new certificates were generated
     * @throws IOException if the directory or a file cannot be written
     */
    public static boolean ensure(Path directory) throws IOException {
        if (FILES.stream().allMatch(name -> Files.isRegularFile(directory.resolve(name)))) {
            return false;
        }
        Files.createDirectories(directory);
        TestCertificateAuthority ca = TestCertificateAuthority.create();
        IssuedCertificate server = ca.issue("localhost", "127.0.0.1", "::1");
        IssuedCertificate client = ca.issue("relay-client");
        write(directory, CA, ca.certificatePem(), false);
        write(directory, SERVER_CHAIN, server.certificateChainPem(), false);
        write(directory, SERVER_KEY, server.privateKeyPem(), true);
        write(directory, CLIENT_CHAIN, client.certificateChainPem(), false);
        write(directory, CLIENT_KEY, client.privateKeyPem(), true);
        return true;
    }

    // Written next to the target and moved into place, so a reader never sees half a PEM file.
    private static void write(Path directory, String name, String pem, boolean secret) throws IOException {
        Path temporary = Files.createTempFile(directory, name, ".tmp");
        try {
            if (secret && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
