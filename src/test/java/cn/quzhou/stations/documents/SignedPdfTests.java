package cn.quzhou.stations.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Official PDFs are PAdES-signed with the platform certificate (issue #11): the signature verifies as a PDF reader
 * checks it (the signed byte ranges, the CMS signature over them, the certificate inside), and fails once one byte
 * of the signed document is changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedPdfTests extends PlatformTest {

    @Autowired
    PdfRenderer renderer;

    private byte[] signed;

    @BeforeAll
    void renderAnOfficialDocument() {
        signed = renderer.renderOfficial("documents/pdf/test-sample", Map.of(
                "title", "衢州市学会服务站认定文件", "number", "衢市科协〔2026〕7号", "unit", "衢州示范新材料科技有限公司",
                "society", "中国化工学会", "work", "同意认定", "opinion", "同意。", "date", LocalDate.of(2026, 3, 9),
                "seal", "", "external", ""));
    }

    @Test
    void theSignedPdfVerifiesWithPdfBox() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            PDSignature signature = pdf.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).as("the signature covers the whole file").isEqualTo(signed.length);
            assertThat(verifies(signature, signed)).isTrue();
        }
    }

    @Test
    void oneChangedByteMakesTheSignatureFail() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            PDSignature signature = pdf.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            for (int position : new int[] {range[1] / 2, range[2] + range[3] / 2}) {
                byte[] altered = signed.clone();
                altered[position] ^= 0x01;
                assertThat(verifies(signature, altered)).as("byte %d changed", position).isFalse();
            }
        }
    }

    @Test
    void theSignatureIsPadesBaseline() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            SignerInformation signer = cms(pdf.getLastSignatureDictionary(), signed).getSignerInfos().getSigners()
                    .iterator().next();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
        }
    }

    @Test
    void theGeneratedKeyStoreIsReadableByThePlatformsAccountOnly() throws Exception {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(
                java.nio.file.Path.of(cn.quzhou.stations.testsupport.Fork.path("target/test-signing.p12"))))).isEqualTo("rw-------");
    }

    /** What a PDF reader does: the CMS signature over the signed byte ranges, checked with the certificate it carries. */
    private static boolean verifies(PDSignature signature, byte[] file) throws Exception {
        CMSSignedData cms = cms(signature, file);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSException digestMismatch) {
            return false;
        }
    }

    private static CMSSignedData cms(PDSignature signature, byte[] file) throws IOException {
        try {
            return new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(file)),
                    signature.getContents(file));
        } catch (org.bouncycastle.cms.CMSException e) {
            throw new IOException(e);
        }
    }
}
