package cn.quzhou.stations.documents.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where attachments live, by {@code platform.files.store}: {@code local} (default) in {@code platform.files.dir},
 * {@code s3} in the bucket of {@code platform.files.s3.*}. Upload temp files stay in {@code platform.files.dir/.incoming}
 * either way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(S3StoreProperties.class)
class FileStorageConfiguration {

    @Bean
    Blobs blobs(@Value("${platform.files.store:local}") String store, @Value("${platform.files.dir}") Path dir,
                S3StoreProperties s3) {
        return switch (store.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "local" -> new LocalBlobs(dir);
            case "s3" -> S3Blobs.connect(s3);
            default -> throw new IllegalStateException(
                    "platform.files.store must be local or s3, not '" + store + "'");
        };
    }
}
