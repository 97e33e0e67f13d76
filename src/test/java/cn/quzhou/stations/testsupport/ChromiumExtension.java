package cn.quzhou.stations.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/** Hands the run's one {@link Chromium} to the fields of {@link WithChromium} tests (launching it once). */
final class ChromiumExtension implements BeforeAllCallback, TestInstancePostProcessor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        inject(context, null, context.getRequiredTestClass());
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws IllegalAccessException {
        inject(context, instance, instance.getClass());
    }

    private static void inject(ExtensionContext context, Object instance, Class<?> type) throws IllegalAccessException {
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == Chromium.class && Modifier.isStatic(field.getModifiers()) == (instance == null)) {
                    field.setAccessible(true);
                    field.set(instance, chromium(context));
                }
            }
        }
    }

    /** Kept in the root store, so that the whole run shares it and JUnit closes it at the end of the run. */
    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, k -> Chromium.launch(),
                Chromium.class);
    }
}
