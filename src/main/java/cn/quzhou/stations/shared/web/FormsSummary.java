package cn.quzhou.stations.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The error summary at the top of a long form (the {@code Forms} idiom, {@code fields :: summary}): every problem of
 * the bound form at once, in the order its fields stand on the page, each named by its field's label and linked to
 * the input (the id {@code th:field} gives it). A form on a 4,000 px page that said only "此项必填" at a field far
 * below left people submitting again and again (issue #14 item 2).
 */
@Component("formsSummary")
public class FormsSummary {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final MessageSource messages;

    FormsSummary(MessageSource messages) {
        this.messages = messages;
    }

    /** One line of the summary: {@code anchor} is the id of the input to jump to (null: no link). */
    public record Item(String anchor, String text) {
    }

    /**
     * The summary of {@code errors} (Thymeleaf's {@code #fields.detailedErrors()}) of the form bound to {@code target};
     * labels are read as {@code labels + '.' + path} (row indexes left out, the row number as argument {0}); errors
     * not at a field link to {@code anchors.get(code)} if the page names one, and a field whose input has an id of the
     * page's own choosing to {@code anchors.get(field)}.
     */
    public List<Item> of(List<DetailedError> errors, Object target, String labels, Map<String, String> anchors) {
        List<Item> global = new ArrayList<>();
        List<DetailedError> fields = new ArrayList<>();
        for (DetailedError e : errors) {
            if (e.isGlobal()) {
                global.add(new Item(anchors == null ? null : anchors.get(e.getCode()), e.getMessage()));
            } else {
                fields.add(e);
            }
        }
        Class<?> type = target == null ? Object.class : target.getClass();
        fields.sort(Comparator.comparing((DetailedError e) -> position(type, e.getFieldName()), FormsSummary::compare));
        List<Item> items = new ArrayList<>(global);
        fields.forEach(e -> items.add(new Item(anchor(e.getFieldName(), anchors),
                label(labels, e.getFieldName(), e.getMessage()))));
        return items;
    }

    /** The page's own id for a field where it names one, else the id {@code th:field} gives the input. */
    private static String anchor(String field, Map<String, String> anchors) {
        return anchors != null && anchors.containsKey(field) ? anchors.get(field) : idFromName(field);
    }

    /** The id Thymeleaf's {@code th:field} gives an input: the property path without brackets. */
    static String idFromName(String path) {
        return path.replace("[", "").replace("]", "");
    }

    private String label(String prefix, String path, String message) {
        if (prefix == null) {
            return message;
        }
        Matcher m = INDEX.matcher(path);
        List<Object> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(Integer.parseInt(m.group(1)) + 1);
        }
        String key = INDEX.matcher(path).replaceAll("");
        String label = messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {"form.label." + prefix + "." + key, prefix + "." + key}, rows.toArray(), ""),
                LocaleContextHolder.getLocale());
        return label.isEmpty() ? message : messages.getMessage("form.errors.item", new Object[] {label, message},
                LocaleContextHolder.getLocale());
    }

    /** Where a property path stands in the form: the declaration order of each step, row numbers between. */
    private static List<Integer> position(Class<?> type, String path) {
        List<Integer> at = new ArrayList<>();
        Class<?> current = type;
        for (String step : path.split("\\.")) {
            Matcher m = INDEX.matcher(step);
            String name = m.replaceAll("");
            List<String> names = propertyNames(current);
            at.add(names.contains(name) ? names.indexOf(name) : Integer.MAX_VALUE);
            m.reset();
            while (m.find()) {
                at.add(Integer.parseInt(m.group(1)));
            }
            current = elementType(current, name);
        }
        return at;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static List<String> propertyNames(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).map(Field::getName).toList();
    }

    /** The type a step leads to; of a list, its element type. */
    private static Class<?> elementType(Class<?> type, String name) {
        try {
            Type generic = type.getDeclaredField(name).getGenericType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
                return c;
            }
            return generic instanceof Class<?> c ? c : Object.class;
        } catch (NoSuchFieldException e) {
            return Object.class;
        }
    }
}
