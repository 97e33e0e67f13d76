package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.Input;
import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * {@link Input}'s rule for the HTML forms (and every {@code @Valid} command): each text field with control
 * characters and each date outside {@value Input#MIN_YEAR}–{@value Input#MAX_YEAR} gets its message at the field,
 * like any other validation error, so the form shows again with what was typed.
 */
@ControllerAdvice
class EdgeFormValidator implements Validator {

    @InitBinder
    void check(WebDataBinder binder) {
        if (binder.getTarget() == null) {
            // a parameter, a path variable or a record built from its constructor: the text is refused while
            // converting (message typeMismatch.java.lang.String), the record's dates checked once it is built. A
            // refusal while converting leaves the record unbuilt: the form shows again from the binding result
            // (every typed value is recorded there), so a template must not need the record itself (issue #18)
            binder.registerCustomEditor(String.class, new CheckedText());
            binder.addValidators(this);
        } else if (isCommand(binder.getTarget().getClass())) {
            binder.addValidators(this);
        }
    }

    private static final class CheckedText extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (Input.hasForbiddenCharacters(text)) {
                throw new IllegalArgumentException(Input.CONTROL_CHARACTERS);
            }
            setValue(text);
        }
    }

    private static boolean isCommand(Class<?> type) {
        return type.getName().startsWith("cn.quzhou.stations.");
    }

    @Override
    public boolean supports(Class<?> type) {
        return true;
    }

    @Override
    public void validate(Object target, Errors errors) {
        if (target == null || !isCommand(target.getClass())) {
            return;
        }
        if (target.getClass().isRecord()) {
            for (RecordComponent c : target.getClass().getRecordComponents()) {
                check(c.getName(), read(c, target), errors);
            }
            return;
        }
        for (Field f : target.getClass().getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && f.trySetAccessible()) {
                check(f.getName(), read(f, target), errors);
            }
        }
    }

    private static void check(String field, Object value, Errors errors) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (value instanceof String s && Input.hasForbiddenCharacters(s)
                || value instanceof Collection<?> all && all.stream().anyMatch(v -> v instanceof String s
                        && Input.hasForbiddenCharacters(s))) {
            errors.rejectValue(field, Input.CONTROL_CHARACTERS);
        } else if (value instanceof LocalDate d && !Input.inRange(d)) {
            errors.rejectValue(field, Input.DATE_RANGE,
                    new Object[] {Integer.toString(Input.MIN_YEAR), Integer.toString(Input.MAX_YEAR)}, null);
        }
    }

    private static Object read(RecordComponent c, Object target) {
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object read(Field f, Object target) {
        try {
            return f.get(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
