package dev.streams.spring;

import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * PEM files of a server certificate from a {@link TestCertificateAuthority}, written to a directory
 * so that a {@code spring.ssl.bundle.pem.<name>} bundle (and its file watcher) can use them.
 */
public final class TestPemBundle {

    private final Path certificate;

    private final Path privateKey;

    private final Path trustCertificate;

    private TestPemBundle(Path directory) {
        this.certificate = directory.resolve("server.crt");
        this.privateKey = directory.resolve("server.key");
        this.trustCertificate = directory.resolve("ca.crt");
    }

    /** Writes the certificate chain and key of {@code issued} and the CA certificate into {@code directory}. */
    public static TestPemBundle write(Path directory, IssuedCertificate issued, TestCertificateAuthority trust) {
        TestPemBundle bundle = new TestPemBundle(directory);
        bundle.replace(issued);
        write(bundle.trustCertificate, trust.certificatePem());
        return bundle;
    }

    /** Replaces the certificate and key files atomically (as a deployment would). */
    public void replace(IssuedCertificate issued) {
        write(this.certificate, issued.certificateChainPem());
        write(this.privateKey, issued.privateKeyPem());
    }

    private static void write(Path target, String content) {
        try {
            Path temporary = Files.createTempFile(target.getParent(), "pem", ".tmp");
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties of a PEM bundle named {@code name} with a key store (and a trust store if asked). */
    public String[] properties(String name, boolean withTrustStore, String... extra) {
        List<String> properties = new ArrayList<>();
        String prefix = "spring.ssl.bundle.pem." + name;
        properties.add(prefix + ".keystore.certificate=file:" + this.certificate);
        properties.add(prefix + ".keystore.private-key=file:" + this.privateKey);
        if (withTrustStore) {
            properties.add(prefix + ".truststore.certificate=file:" + this.trustCertificate);
        }
        for (String property : extra) {
            properties.add(property);
        }
        return properties.toArray(String[]::new);
    }
}
