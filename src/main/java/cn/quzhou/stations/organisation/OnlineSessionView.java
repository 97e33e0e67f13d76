package cn.quzhou.stations.organisation;

import java.time.Instant;

/** A signed-in browser as 在线用户 lists it. {@code id} names the sign-in, never the session cookie. */
public record OnlineSessionView(String id, long accountId, String username, String displayName, String clientIp,
                                Instant signedInAt, Instant lastSeenAt) {
}
