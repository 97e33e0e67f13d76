package cn.quzhou.stations.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signs official PDFs with the platform certificate: a PAdES baseline signature (ETSI.CAdES.detached, CMS with the
 * signing-certificate-v2 attribute and no signing-time attribute; the time is the signature dictionary's /M), added
 * as an incremental update, so any PDF reader shows whether the document was altered after signing. The certificate
 * is read once at start; a missing or unreadable one stops the platform naming the setting.
 */
@Component
@EnableConfigurationProperties(SigningProperties.class)
public class PdfSigner {

    private static final Logger log = LoggerFactory.getLogger(PdfSigner.class);
    private static final int SIGNATURE_SIZE = 16_384;

    private final PrivateKey key;
    private final X509Certificate[] chain;

    PdfSigner(SigningProperties p) {
        if (!StringUtils.hasText(p.keystore())) {
            throw new IllegalStateException("platform.signing.keystore (PLATFORM_SIGNING_KEYSTORE) must name the "
                    + "PKCS#12 file of the platform certificate that signs official PDFs, with "
                    + "platform.signing.password (PLATFORM_SIGNING_PASSWORD)");
        }
        Path file = Path.of(p.keystore());
        char[] password = p.password() == null ? new char[0] : p.password().toCharArray();
        try {
            if (!Files.exists(file) && p.generateSelfSigned()) {
                SelfSignedCertificate.create(file, StringUtils.hasText(p.alias()) ? p.alias() : "platform", password);
                log.warn("Generated a self-signed PDF signing certificate in {} (demo and tests only)",
                        file.toAbsolutePath());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            String alias = StringUtils.hasText(p.alias()) ? p.alias() : firstKey(store);
            key = (PrivateKey) store.getKey(alias, password);
            Certificate[] certificates = store.getCertificateChain(alias);
            if (key == null || certificates == null) {
                throw new IllegalStateException("no private key entry " + alias);
            }
            chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the PDF signing certificate platform.signing.keystore "
                    + "(PLATFORM_SIGNING_KEYSTORE) " + file.toAbsolutePath() + " with platform.signing.password "
                    + "(PLATFORM_SIGNING_PASSWORD): " + e.getMessage(), e);
        }
        log.info("Official PDFs are signed as {}", chain[0].getSubjectX500Principal().getName());
    }

    /** {@code pdf} with a signature of the whole document; {@code reason} is shown by the reader. */
    public byte[] sign(byte[] pdf, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(chain[0].getSubjectX500Principal().getName());
            signature.setReason(reason);
            signature.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign a PDF", e);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), chain[0]));
            generator.addCertificates(new JcaCertStore(List.of(chain)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (Exception e) {
            throw new IOException("cannot make the CMS signature", e);
        }
    }

    /** PAdES baseline: signing-certificate-v2 binds the certificate; signing-time must not be present. */
    private DefaultSignedAttributeTableGenerator padesAttributes() throws Exception {
        X509Certificate certificate = chain[0];
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                new IssuerSerial(new GeneralNames(new GeneralName(
                        X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                        certificate.getSerialNumber()));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
            @Override
            public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
                return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
            }
        };
    }

    private static String firstKey(KeyStore store) throws Exception {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new IllegalStateException("the keystore holds no private key");
    }
}
