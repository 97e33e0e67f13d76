package cn.quzhou.stations.audit;

import cn.quzhou.stations.shared.Masks;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/** Builds the before/after summary of an audit row from two snapshots of the same record type. */
public final class Changes {

    private Changes() {
    }

    /** "field: old → new; …" for every component that differs; the whole record when {@code before} is null. */
    public static String between(Record before, Record after) {
        return between(before, after, Set.of());
    }

    /**
     * The same, with the values of the {@code personal} components masked ({@link Masks}): the audit trail says that a
     * mobile changed and roughly from what to what, never the number itself.
     */
    public static String between(Record before, Record after, Set<String> personal) {
        if (before == null && personal.isEmpty()) {
            return "created: " + after;
        }
        StringJoiner out = new StringJoiner("; ");
        for (RecordComponent c : after.getClass().getRecordComponents()) {
            Object was = before == null ? null : read(c, before);
            Object now = read(c, after);
            if (!Objects.equals(was, now) && !"version".equals(c.getName())) {
                boolean masked = personal.contains(c.getName());
                out.add(c.getName() + ": " + shown(was, masked) + " → " + shown(now, masked));
            }
        }
        return out.length() == 0 ? "no change" : out.toString();
    }

    private static Object shown(Object value, boolean masked) {
        return masked && value != null ? Masks.mask(value.toString()) : value;
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
