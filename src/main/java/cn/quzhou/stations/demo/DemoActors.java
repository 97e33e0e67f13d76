package cn.quzhou.stations.demo;

import cn.quzhou.stations.organisation.PlatformUser;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a step as the named account would, with its roles and data scope: the facades check it as on a page. */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoActors {

    private final UserDetailsService users;

    DemoActors(UserDetailsService users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> action) {
        return PlatformUser.runAs(user(username), action);
    }

    void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    PlatformUser user(String username) {
        return (PlatformUser) users.loadUserByUsername(username);
    }
}
