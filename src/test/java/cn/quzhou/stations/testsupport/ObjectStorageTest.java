package cn.quzhou.stations.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests with attachments in object storage ({@code platform.files.store=s3}) on the in-process
 * S3-compatible server ({@link ObjectStorage}); the subclasses share one application context.
 */
public abstract class ObjectStorageTest extends PlatformTest {

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        registry.add("platform.files.store", () -> "s3");
        // a directory of its own: only uploads in flight (.incoming) are on the local disk, and a fork's other tests'
        // files would make "nothing of it on the local disk" unprovable
        registry.add("platform.files.dir", () -> Fork.path("target/test-files-s3"));
        registry.add("platform.files.s3.endpoint", () -> ObjectStorage.endpoint().toString());
        registry.add("platform.files.s3.bucket", () -> ObjectStorage.BUCKET);
        registry.add("platform.files.s3.access-key", () -> ObjectStorage.ACCESS_KEY);
        registry.add("platform.files.s3.secret-key", () -> ObjectStorage.SECRET_KEY);
        registry.add("platform.files.s3.path-style", () -> "true");
        registry.add("platform.files.s3.prefix", () -> "attachments/");
    }
}
