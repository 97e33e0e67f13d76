package cn.quzhou.stations.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: its fields of type {@link Chromium} (static or not) receive the one Chromium of the test run,
 * launched at the first such test and closed when the run ends. The tests open and close their own contexts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumExtension.class)
public @interface WithChromium {
}
