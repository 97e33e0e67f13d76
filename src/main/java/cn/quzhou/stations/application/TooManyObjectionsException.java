package cn.quzhou.stations.application;

/** More objections from one client address within the hour than {@code platform.notice.objections-per-hour}: HTTP 429. */
public class TooManyObjectionsException extends RuntimeException {

    public TooManyObjectionsException() {
        super("too many objections from this address");
    }
}
