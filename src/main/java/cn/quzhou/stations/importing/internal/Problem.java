package cn.quzhou.stations.importing.internal;

import java.util.List;

/** A problem at row {@code row} (as Excel numbers it) and zero-based {@code column}, named by a bundle key. */
public record Problem(int row, int column, String header, String messageKey, List<String> args) {

    /** The column as Excel labels it ("A", "B", …). */
    public String columnLetter() {
        return SheetHandler.letterOf(column);
    }
}
