package cn.quzhou.stations.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an API list handler's {@link ListRequest} is documented in {@code /v3/api-docs}: the parameters themselves
 * ({@code page}, {@code size}, {@code sort}, {@code q}, or {@code after} for keyset lists) are added by one rule to
 * every handler taking a {@code ListRequest}; this only says what differs per list. The sort keys themselves live
 * with the list's query ({@link SortKeys}), out of the controller's reach, so the handler names its default order
 * as the example.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ListParameters {

    /** A sort this list accepts, as a request names it: {@code "station,asc"}. */
    String sort();

    /** A list that grows without bound, paged by the cursor {@code after} (the previous page's {@code next}). */
    boolean keyset() default false;
}
