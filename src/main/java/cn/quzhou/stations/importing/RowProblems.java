package cn.quzhou.stations.importing;

/** Where a kind reports what is wrong with a row: at its row and column, in a bundle key with arguments. */
public interface RowProblems {

    void add(ImportRow row, String columnKey, String messageKey, Object... args);

    /** Whether the cell already has a problem (a kind does not pile a second one on it). */
    boolean has(ImportRow row, String columnKey);
}
