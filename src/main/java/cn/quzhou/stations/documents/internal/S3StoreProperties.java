package cn.quzhou.stations.documents.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The S3-compatible bucket of the attachments when {@code platform.files.store=s3} ({@code platform.files.s3.*};
 * README, production section).
 *
 * @param endpoint  the service address, e.g. {@code https://oss-cn-hangzhou-zwy.example.gov.cn} or {@code http://minio:9000};
 *                  empty: Amazon S3 of the region
 * @param region    the signing region ({@code us-east-1} for MinIO and Ceph RGW unless configured otherwise)
 * @param bucket    the bucket, created beforehand by the operator
 * @param accessKey the access key; empty: the SDK's default chain (AWS_ACCESS_KEY_ID …)
 * @param secretKey its secret
 * @param pathStyle {@code http://host/bucket/key} addresses (MinIO, Ceph RGW) instead of {@code http://bucket.host/key}
 * @param prefix    a key prefix inside the bucket, e.g. {@code stations/}; empty: none
 */
@ConfigurationProperties("platform.files.s3")
public record S3StoreProperties(String endpoint, String region, String bucket, String accessKey, String secretKey,
                                boolean pathStyle, String prefix) {
}
