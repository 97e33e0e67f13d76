package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.shared.TooManyRequestsException;

/** More failed receipt look-ups from one client address within the hour than the platform allows: HTTP 429. */
public class TooManyLookupsException extends TooManyRequestsException {

    public TooManyLookupsException() {
        super("notice.error.tooManyLookups", 3600);
    }
}
