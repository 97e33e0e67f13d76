package cn.quzhou.stations.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A facade method (or every method of a facade) that a controller may call without a permission, on purpose: the
 * public pages, what every signed-in user sees, and helpers that read no record of their own. Every other facade
 * method a controller calls carries {@code @PreAuthorize}; {@code ArchitectureRulesTests} holds the controllers to
 * that, so an unguarded entry is always a decision written down here, never an oversight.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpenEntry {

    /** Who may reach it. */
    Audience value();

    /** Why it needs no permission, in one line. */
    String why();

    /** Who an open entry is open to. */
    enum Audience {
        /** Anybody, signed in or not (the public pages and the sign-in itself). */
        PUBLIC,
        /** Any signed-in account; what it answers is derived from that account. */
        SIGNED_IN,
        /** Reads no record: names, renders or dates what the caller has already read under its own guard. */
        NO_RECORD
    }
}
