package cn.quzhou.stations.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the words of an enum's constants are in the message bundles: {@code value() + "." + constant}, e.g.
 * {@code application.status.DRAFT} — the keys the pages show the constant with. An enum without it is explained under
 * {@code enum.<SimpleName>.<constant>}. {@code /v3/api-docs} states the meaning of every value from these keys.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Labels {

    /** The key prefix, without the trailing dot. */
    String value();
}
