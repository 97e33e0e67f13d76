package cn.quzhou.stations.importing;

/**
 * One column of an import: {@code key} names it in the code, {@code headerKey} is the bundle key of its Chinese
 * header (the template is always Chinese, and its headers are what the reader checks), {@code sample} the value of
 * the template's sample row (null for a choice: its first allowed value).
 */
public record ImportColumn(String key, String headerKey, boolean required, ColumnType type, int maxLength,
                           String sample) {

    public static ImportColumn required(String key, String headerKey, ColumnType type, int maxLength, String sample) {
        return new ImportColumn(key, headerKey, true, type, maxLength, sample);
    }

    public static ImportColumn optional(String key, String headerKey, ColumnType type, int maxLength, String sample) {
        return new ImportColumn(key, headerKey, false, type, maxLength, sample);
    }

    public boolean hasChoices() {
        return type == ColumnType.CHOICE || type == ColumnType.CHOICES;
    }
}
