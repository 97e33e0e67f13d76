package cn.quzhou.stations.testsupport;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Real personal access tokens for the world's accounts, created once per role (and world) through the
 * facade, so that API requests in tests authenticate exactly as clients do: {@code Authorization: Bearer}.
 */
public final class ApiTokens {

    private static final Map<World, Map<Role, String>> BY_WORLD = new WeakHashMap<>();

    private ApiTokens() {
    }

    /** A token without expiry of the world's account for {@code role}. */
    public static synchronized String of(Role role, World world, AccessTokens tokens) {
        return BY_WORLD.computeIfAbsent(world, w -> new EnumMap<>(Role.class))
                .computeIfAbsent(role, r -> create(world.user(r), tokens, "test " + r, null));
    }

    /** A new token of {@code user}'s account; the plain token, shown once. */
    public static String create(PlatformUser user, AccessTokens tokens, String name, Integer validDays) {
        return as(user, () -> tokens.create(name, validDays)).token();
    }

    /** {@code request} carrying {@code token} as its bearer credential. */
    public static RequestBuilder bearer(AbstractMockHttpServletRequestBuilder<?> request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static <T> T as(PlatformUser user, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
