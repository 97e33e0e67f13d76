package cn.quzhou.stations.organisation;

/**
 * What a password reset gave: for a business account the one-time secret, to be shown once to the security
 * administrator and never stored in plain; for an administrator account only the pending request (a second
 * administrator approves it, and the secret then goes out of band to the holder).
 */
public record ResetOutcome(String temporarySecret, Long pendingRequestId) {

    public boolean pending() {
        return pendingRequestId != null;
    }
}
