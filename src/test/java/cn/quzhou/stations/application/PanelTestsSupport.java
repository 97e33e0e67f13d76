package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.PlatformUser;
import java.util.function.Supplier;

/** Acting as someone in a panel test, for calls with and without a result. */
final class PanelTestsSupport {

    private PanelTestsSupport() {
    }

    static <T> T call(PlatformUser user, Supplier<T> action) {
        return ApplicationFixtures.as(user, action);
    }

    static void run(PlatformUser user, Runnable action) {
        ApplicationFixtures.as(user, () -> {
            action.run();
            return null;
        });
    }
}
