package cn.quzhou.stations.audit;

import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.StringJoiner;

/** Builds the before/after summary of an audit row from two snapshots of the same record type. */
public final class Changes {

    private Changes() {
    }

    /** "field: old → new; …" for every component that differs; the whole record when {@code before} is null. */
    public static String between(Record before, Record after) {
        if (before == null) {
            return "created: " + after;
        }
        StringJoiner out = new StringJoiner("; ");
        for (RecordComponent c : after.getClass().getRecordComponents()) {
            Object was = read(c, before);
            Object now = read(c, after);
            if (!Objects.equals(was, now) && !"version".equals(c.getName())) {
                out.add(c.getName() + ": " + was + " → " + now);
            }
        }
        return out.length() == 0 ? "no change" : out.toString();
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
