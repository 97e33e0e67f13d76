package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.ConflictException;

/** Someone else acted on the same version first (optimistic locking): HTTP 409, "already handled". */
public class AlreadyHandledException extends ConflictException {

    public AlreadyHandledException() {
        super(null, "application.error.alreadyHandled", null);
    }
}
