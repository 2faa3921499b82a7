package dev.streams.sample;

import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/** SSL contexts from PEM files, read the way the application's SSL bundle reads them. */
public final class PemContexts {

    private PemContexts() {
    }

    /**
     * @param chain certificate chain file for the key store, or null for none
     * @param key private key file, with {@code chain}
     * @param ca trusted certificates file, or null for none
     */
    public static SSLContext of(Path directory, String chain, String key, String ca) {
        PemSslStoreDetails keyStore = chain == null ? null
                : PemSslStoreDetails.forCertificates(uri(directory, chain)).withPrivateKey(uri(directory, key));
        PemSslStoreDetails trustStore = ca == null ? null : PemSslStoreDetails.forCertificates(uri(directory, ca));
        return SslBundle.of(new PemSslStoreBundle(keyStore, trustStore)).createSslContext();
    }

    private static String uri(Path directory, String file) {
        return directory.resolve(file).toUri().toString();
    }
}
