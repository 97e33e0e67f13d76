package cn.quzhou.stations.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * 密码规则 (issue #10 §6): at least 10 characters with at least three of the four classes — lower-case
 * letters, upper-case letters, digits, other symbols — and none of what an attacker guesses first:
 * the user name, the platform's context words (resource {@code security/password-context-words.txt})
 * or a common password (resource {@code security/common-passwords.txt}) under the usual decorations
 * (digits and symbols around it, "leet" substitutions). The lists are data, not code.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CLASSES = 3;
    /** Parts of a user name shorter than this are too common to refuse ("t", "li"). */
    private static final int MIN_NAME_PART = 4;

    public static final String COMPOSITION = "validation.password";
    public static final String USERNAME = "password.error.username";
    public static final String CONTEXT = "password.error.context";
    public static final String COMMON = "password.error.common";

    private static final List<String> CONTEXT_WORDS = words("security/password-context-words.txt");
    private static final Set<String> COMMON_PASSWORDS = new HashSet<>(words("security/common-passwords.txt"));

    private PasswordPolicy() {
    }

    public static boolean isAcceptable(String password) {
        return problem(password, null).isEmpty();
    }

    /** The message key of the first rule {@code password} breaks for the account {@code username} (may be null). */
    public static Optional<String> problem(String password, String username) {
        if (!composed(password)) {
            return Optional.of(COMPOSITION);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String plain = deleet(lower);
        if (containsUsername(lower, plain, username)) {
            return Optional.of(USERNAME);
        }
        if (CONTEXT_WORDS.stream().anyMatch(w -> lower.contains(w) || plain.contains(w)
                || lower.replace(" ", "").contains(w.replace(" ", "")))) {
            return Optional.of(CONTEXT);
        }
        if (common(lower)) {
            return Optional.of(COMMON);
        }
        return Optional.empty();
    }

    private static boolean composed(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        return classes >= MIN_CLASSES;
    }

    private static boolean containsUsername(String lower, String plain, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>(List.of(name.split("[^\\p{L}\\p{N}]+")));
        parts.add(name);
        return parts.stream().filter(p -> p.length() >= MIN_NAME_PART)
                .anyMatch(p -> lower.contains(p) || plain.contains(p));
    }

    /**
     * A common password dressed up: "Password1!", "P@ssw0rd2026", "!Qwerty123" all reduce to an entry.
     * The candidates are the whole password, it without leading/trailing symbols, its letter core (without
     * leading/trailing digits and symbols), and the core with leet substitutions undone.
     */
    private static boolean common(String lower) {
        String trimmed = strip(lower, false);
        String core = strip(lower, true);
        return in(lower) || in(trimmed) || in(core) || in(deleet(core)) || in(deleet(trimmed))
                || in(strip(deleet(trimmed), true));
    }

    private static boolean in(String candidate) {
        return candidate.length() >= 4 && COMMON_PASSWORDS.contains(candidate);
    }

    /** Removes characters at both ends that are not letters (lettersOnly) or not letters or digits. */
    private static String strip(String s, boolean lettersOnly) {
        int from = 0;
        int to = s.length();
        while (from < to && !keep(s.charAt(from), lettersOnly)) {
            from++;
        }
        while (to > from && !keep(s.charAt(to - 1), lettersOnly)) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean keep(char c, boolean lettersOnly) {
        return lettersOnly ? Character.isLetter(c) : Character.isLetterOrDigit(c);
    }

    private static String deleet(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return b.toString();
    }

    private static List<String> words(String resource) {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
