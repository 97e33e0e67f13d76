package cn.quzhou.stations.importing.internal;

/** The runner's clearing interval, for the test of a file longer than it. */
public final class ImportRunnerAccess {

    private ImportRunnerAccess() {
    }

    public static int clearEvery() {
        return ImportRunner.CLEAR_EVERY;
    }
}
