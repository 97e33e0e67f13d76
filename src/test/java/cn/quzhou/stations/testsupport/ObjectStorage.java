package cn.quzhou.stations.testsupport;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests (s3proxy, in memory, in this JVM), with signed requests and the test
 * bucket created; started once. {@link #main} runs one as a process for ops/two-instances-test.sh.
 */
public final class ObjectStorage {

    public static final String BUCKET = "stations-test";
    public static final String ACCESS_KEY = "test-access";
    public static final String SECRET_KEY = "test-secret-0123456789";

    private static S3Proxy server;

    private ObjectStorage() {
    }

    /** The server's address, starting it (and creating the bucket) at the first call. */
    public static synchronized URI endpoint() {
        if (server == null) {
            server = start(0);
            try (S3Client s3 = client(uri(server))) {
                s3.createBucket(b -> b.bucket(BUCKET));
            }
        }
        return uri(server);
    }

    /** A client of the test server, as the platform's own is configured (path-style, signed). */
    public static S3Client client() {
        return client(endpoint());
    }

    private static S3Client client(URI endpoint) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private static S3Proxy start(int port) {
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(BlobStores.create("transient", new Properties()))
                    .endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.onSpinWait();
            }
            return proxy;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the S3-compatible test server", e);
        }
    }

    private static URI uri(S3Proxy proxy) {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** {@code java -cp … ObjectStorage PORT}: serves the test bucket on PORT until killed. */
    public static void main(String[] args) {
        server = start(Integer.parseInt(args[0]));
        try (S3Client s3 = client(uri(server))) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
        System.out.println("S3 test server on " + uri(server) + ", bucket " + BUCKET);
    }
}
