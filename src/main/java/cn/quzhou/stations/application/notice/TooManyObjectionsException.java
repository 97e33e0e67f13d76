package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.shared.TooManyRequestsException;

/** More objections from one client address within the hour than {@code platform.notice.objections-per-hour}: HTTP 429. */
public class TooManyObjectionsException extends TooManyRequestsException {

    public TooManyObjectionsException() {
        super("notice.error.tooManyObjections", 3600);
    }
}
