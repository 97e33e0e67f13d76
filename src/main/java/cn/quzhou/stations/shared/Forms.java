package cn.quzhou.stations.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one form idiom of the pages: a command's POST redirects after success with a {@link #NOTICE}; a command the
 * rules refuse shows its message where the user will see it — at its field, at the top of the form, or in the
 * page's {@link #PROBLEM} slot — with what was typed kept. Controllers never catch {@link BusinessRuleException}
 * themselves.
 */
public final class Forms {

    /** The layout's two message slots; each holds a {@link PageMessage}, nothing else. */
    public static final String NOTICE = "notice";
    public static final String PROBLEM = "problem";
    /** The missing tick of an act that cannot be undone, named under its box ({@code fields :: consequence}). */
    public static final String UNCONFIRMED = "unconfirmed";

    private Forms() {
    }

    /**
     * The refusal at its field; at the top of the form when it names none, or a field the form does not have (an
     * uploaded file's refusal names "file", which is a request part, not a field of the form record).
     */
    public static void reject(BindingResult result, BusinessRuleException e) {
        if (e instanceof RefusedAtOnceException all) {
            all.refusals().forEach(each -> reject(result, each));
            return;
        }
        if (e.field() != null && result.getTarget() != null && hasField(result, e.field())) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    /** The refusal at its field only when that is one of {@code fields} (the form's own), else at the top. */
    public static void reject(BindingResult result, BusinessRuleException e, Set<String> fields) {
        if (e.field() != null && fields.contains(e.field())) {
            reject(result, e);
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        return !(result instanceof AbstractPropertyBindingResult bean)
                || bean.getPropertyAccessor().isReadableProperty(field);
    }

    /**
     * The POST of a form, one rule for every page: valid input runs {@code action} and redirects to {@code success}
     * with the {@code notice}; invalid input, or a command the rules refuse (its message put at its field), shows
     * {@code page} again with what was typed.
     */
    public static String submit(BindingResult result, RedirectAttributes redirect, String notice, String success,
                                Runnable action, Supplier<String> page) {
        return submit(result, () -> {
            action.run();
            notice(redirect, notice);
            return success;
        }, page);
    }

    /** {@link #submit} for a form whose refusals belong at the top unless they name one of its {@code fields}. */
    public static String submit(BindingResult result, Set<String> fields, RedirectAttributes redirect, String notice,
                                String success, Runnable action, Supplier<String> page) {
        return submit(result, () -> {
            action.run();
            notice(redirect, notice);
            return success;
        }, page, refused -> reject(result, refused, fields));
    }

    /** {@link #submit} of a form that creates a record: success opens the page of the id {@code action} returns. */
    public static String created(BindingResult result, RedirectAttributes redirect, String notice,
                                 LongSupplier action, LongFunction<String> success, Supplier<String> page) {
        return submit(result, () -> {
            String target = success.apply(action.getAsLong());
            notice(redirect, notice);
            return target;
        }, page);
    }

    /**
     * The rule under every form: valid input runs {@code action}, which answers the view to go to (its notice
     * set); invalid input, or a refusal (put at its field), shows {@code page} again with what was typed.
     */
    public static String submit(BindingResult result, Supplier<String> action, Supplier<String> page) {
        return submit(result, action, page, refused -> reject(result, refused));
    }

    private static String submit(BindingResult result, Supplier<String> action, Supplier<String> page,
                                 Consumer<BusinessRuleException> reject) {
        if (!result.hasErrors()) {
            try {
                return action.get();
            } catch (BusinessRuleException e) {
                reject.accept(e);
            }
        }
        return page.get();
    }

    /**
     * A command without a form of its own (a button, a one-line form in a list): it redirects to {@code target}
     * either way, with the {@code notice} (none when null: the action flashes its own outcome) or the refusal in
     * the problem slot.
     */
    public static String act(RedirectAttributes redirect, String notice, String target, Runnable action) {
        return act(redirect, notice, target, target, action);
    }

    /** {@link #act} whose success and refusal go to different pages. */
    public static String act(RedirectAttributes redirect, String notice, String success, String refused,
                             Runnable action) {
        try {
            action.run();
            if (notice != null) {
                notice(redirect, notice);
            }
            return success;
        } catch (BusinessRuleException e) {
            problem(redirect, e);
            return refused;
        }
    }

    /**
     * A command whose refusal shows the page again (HTTP 200) rather than redirecting: success redirects to
     * {@code success} with the {@code notice}; a refusal is handed to {@code refused}, which renders the page.
     */
    public static String attempt(RedirectAttributes redirect, String notice, String success, Runnable action,
                                 Function<BusinessRuleException, String> refused) {
        return attempt(() -> {
            action.run();
            notice(redirect, notice);
            return success;
        }, refused);
    }

    /**
     * {@link #attempt} of a command whose page answers htmx in place (its handler declares the element,
     * {@link HtmxFragments.Target}): success redirects to {@code success} with the {@code notice} — or, to htmx asking
     * for that element, shows {@code page} at once with the notice; a refusal shows {@code page} with it (its
     * element then answered alone too). {@code page} takes the refusal, null after success.
     */
    public static String attempt(RedirectAttributes redirect, Model model, String notice, String success,
                                 Runnable action, Function<BusinessRuleException, String> page) {
        return attempt(() -> {
            action.run();
            return done(redirect, model, PageMessage.of(notice), success, () -> page.apply(null));
        }, page);
    }

    /**
     * The end of a command whose page answers htmx in place: a redirect to {@code success} with the {@code notice}
     * as always, or, to htmx asking for the handler's declared element, the {@code page} with the notice now.
     */
    public static String done(RedirectAttributes redirect, Model model, PageMessage notice, String success,
                              Supplier<String> page) {
        if (HtmxFragments.asked()) {
            model.addAttribute(NOTICE, notice);
            return page.get();
        }
        redirect.addFlashAttribute(NOTICE, notice);
        return success;
    }

    /** A command that answers the view to show, or hands its refusal to {@code refused} for the view then. */
    public static String attempt(Supplier<String> action, Function<BusinessRuleException, String> refused) {
        try {
            return action.get();
        } catch (BusinessRuleException e) {
            return refused.apply(e);
        }
    }

    /** A facade command that takes an uploaded file as its name and content. */
    @FunctionalInterface
    public interface Upload<T> {
        T send(String name, InputStream content);
    }

    /**
     * Sends the optional uploaded {@code file} to {@code command}: its name and content, both null when none was
     * chosen; the content is closed after. The file's refusals name the field "file", shown at the top of the form
     * by {@link #reject}.
     */
    public static <T> T upload(MultipartFile file, Upload<T> command) {
        boolean given = file != null && !file.isEmpty();
        try (InputStream content = given ? file.getInputStream() : null) {
            return command.send(given ? file.getOriginalFilename() : null, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The success message on the page redirected to (a bundle key). */
    public static void notice(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(NOTICE, PageMessage.of(key, args));
    }

    /** A refusal not tied to a field, on the page redirected to, in the rule's words. */
    public static void problem(RedirectAttributes redirect, BusinessRuleException refusal) {
        redirect.addFlashAttribute(PROBLEM, PageMessage.of(refusal));
    }

    /** A problem named by a bundle key, on the page redirected to. */
    public static void problem(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(PROBLEM, PageMessage.of(key, args));
    }

    /** The act was sent without the tick confirming its consequence: the page rendered again names it (a key). */
    public static void unconfirmed(Model model, String key) {
        model.addAttribute(UNCONFIRMED, PageMessage.of(key));
    }

    /** The missing tick, named under its box on the page redirected to (a bundle key). */
    public static void unconfirmed(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute(UNCONFIRMED, PageMessage.of(key));
    }

    /** A refusal shown on the page rendered again (HTTP 200, what was typed kept by the caller); null shows none. */
    public static void problem(Model model, BusinessRuleException refusal) {
        model.addAttribute(PROBLEM, refusal == null ? null : PageMessage.of(refusal));
    }
}
