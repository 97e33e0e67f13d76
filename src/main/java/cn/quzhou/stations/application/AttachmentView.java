package cn.quzhou.stations.application;

import java.time.Instant;
import java.util.UUID;

public record AttachmentView(long id, AttachmentKind kind, String name, String mediaType, long size,
                             String uploadedBy, Instant uploadedAt, UUID fileId) {
}
