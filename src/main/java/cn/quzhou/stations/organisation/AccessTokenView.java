package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Labels;
import java.time.Instant;

/** A personal access token as its owner sees it: never the token itself, only its first characters. */
public record AccessTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                              Instant lastUsedAt, Instant revokedAt, Status status) {

    @Labels("token.status")
    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
