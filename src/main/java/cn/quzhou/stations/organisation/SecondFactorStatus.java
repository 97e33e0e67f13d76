package cn.quzhou.stations.organisation;

import java.time.Instant;

/** An account's second factor: whether it is enrolled (since when, how many recovery codes are left) or must be. */
public record SecondFactorStatus(boolean enrolled, boolean mustEnrol, Instant enrolledAt, int recoveryCodesLeft) {
}
