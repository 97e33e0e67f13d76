package cn.quzhou.stations.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RestController;

/**
 * A JSON API controller, served under {@code /api/**}: bearer-token authentication, no session, no
 * CSRF. Use it instead of {@code @RestController}; the platform's API error advice (shared.web)
 * applies only to controllers carrying it and answers every failure as an {@link ApiProblem}:
 * {@link NotFoundException} 404, {@link BusinessRuleException} 422, {@link ConflictException} 409,
 * bean validation 400, access denied 403, anything else 500 with a reference.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ApiController {

    @AliasFor(annotation = RestController.class)
    String value() default "";
}
