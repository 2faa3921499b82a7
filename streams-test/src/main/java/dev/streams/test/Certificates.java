package dev.streams.test;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The BouncyCastle plumbing behind {@link TestCertificateAuthority}. Signing goes through the JDK's
 * own providers (no BouncyCastle provider is registered globally), so tests see exactly the
 * security configuration of the JVM they run on.
 */
final class Certificates {

    private Certificates() {
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey,
            TestCertificateAuthority.KeyType signingKeyType) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(signingKeyType.signatureAlgorithm).build(signingKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot create a " + signingKeyType.signatureAlgorithm + " signer", e);
        }
    }

    static void addLeafExtensions(X509v3CertificateBuilder builder, X509Certificate issuer, PublicKey leafKey,
            List<String> names) throws GeneralSecurityException, IOException {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(leafKey))
                .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
        if (!names.isEmpty()) {
            List<GeneralName> generalNames = new ArrayList<>();
            for (String name : names) {
                generalNames.add(generalName(name));
            }
            // RFC 5280 4.2.1.6: critical only when the subject is empty, which ours never is.
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(generalNames.toArray(new GeneralName[0])));
        }
    }

    /** An IP SAN for an IPv4/IPv6 literal, otherwise a DNS SAN (ASCII only; wildcards allowed). */
    static GeneralName generalName(String name) {
        String literal = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (isIpLiteral(literal)) {
            return new GeneralName(GeneralName.iPAddress, literal);
        }
        if (!name.chars().allMatch(c -> c < 0x80)) {
            // java.net.IDN is IDNA 2003 ("faß" -> "fass"), which TLS clients no longer agree on.
            throw new IllegalArgumentException("hostnamesOrIps must be ASCII; give the IDNA (xn--) form of " + name);
        }
        return new GeneralName(GeneralName.dNSName, name);
    }

    static boolean isIpLiteral(String name) {
        if (name.indexOf(':') >= 0) {
            return true; // only IPv6 literals contain colons; DNS names never do
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
