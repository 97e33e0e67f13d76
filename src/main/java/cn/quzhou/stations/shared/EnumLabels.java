package cn.quzhou.stations.shared;

/** Where an enum's words are: one answer for the pages' conflict messages and for {@code /v3/api-docs}. */
public final class EnumLabels {

    private EnumLabels() {
    }

    /** The key prefix of {@code type}'s constants: its {@link Labels}, else {@code enum.<SimpleName>}. */
    public static String prefixOf(Class<?> type) {
        Labels labels = type.getAnnotation(Labels.class);
        return labels != null ? labels.value() : "enum." + type.getSimpleName();
    }
}
