package cn.quzhou.stations.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link Blobs} in an S3-compatible bucket (政务云 OSS, MinIO, Ceph RGW): key {@code <prefix>ab/cd/<sha256>}, user
 * metadata {@code sha256}. Each upload carries its Content-MD5, so the storage refuses bytes altered on the way; the
 * SDK's newer default checksums (CRC trailers) are left off because not every S3-compatible server knows them.
 */
final class S3Blobs implements Blobs, AutoCloseable {

    static final String SHA256_METADATA = "sha256";
    private static final Logger log = LoggerFactory.getLogger(S3Blobs.class);

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String location;

    S3Blobs(S3Client s3, String bucket, String prefix, String location) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.location = location;
    }

    static S3Blobs connect(S3StoreProperties p) {
        if (!StringUtils.hasText(p.bucket())) {
            throw new IllegalStateException("platform.files.store=s3 needs platform.files.s3.bucket");
        }
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(StringUtils.hasText(p.region()) ? p.region() : "us-east-1"))
                .credentialsProvider(credentials(p))
                .forcePathStyle(p.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (StringUtils.hasText(p.endpoint())) {
            builder.endpointOverride(URI.create(p.endpoint().trim()));
        }
        String where = "s3://" + p.bucket() + "/" + (p.prefix() == null ? "" : p.prefix())
                + (StringUtils.hasText(p.endpoint()) ? " at " + p.endpoint() : "");
        S3Blobs blobs = new S3Blobs(builder.build(), p.bucket(), p.prefix(), where);
        blobs.checkBucket();
        return blobs;
    }

    private static AwsCredentialsProvider credentials(S3StoreProperties p) {
        return StringUtils.hasText(p.accessKey())
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(p.accessKey(), p.secretKey()))
                : DefaultCredentialsProvider.builder().build();
    }

    /** Says at start whether the bucket answers; the platform starts anyway (pages without attachments still work). */
    private void checkBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            log.info("Attachments are stored in {}", location);
        } catch (RuntimeException e) {
            log.error("The attachments' bucket {} does not answer: {} (uploads and downloads fail until it does)",
                    location, e.getMessage());
        }
    }

    @Override
    public boolean has(String sha256, long size) {
        return head(sha256).map(h -> h.contentLength() == size).orElse(false);
    }

    /** The object's metadata, empty when there is none at this address. */
    Optional<HeadObjectResponse> head(String sha256) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key(sha256))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void write(String sha256, Path file, long size) throws IOException {
        String md5 = md5(file);
        s3.putObject(b -> b.bucket(bucket).key(key(sha256)).contentLength(size).contentMD5(md5)
                        .contentType("application/octet-stream").metadata(Map.of(SHA256_METADATA, sha256)),
                RequestBody.fromFile(file));
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key(sha256)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(location + Blobs.address(sha256));
        }
    }

    @Override
    public String location() {
        return location;
    }

    String key(String sha256) {
        return prefix + Blobs.address(sha256);
    }

    @Override
    public void close() {
        s3.close();
    }

    private static String md5(Path file) throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Base64.getEncoder().encodeToString(md5.digest());
    }
}
