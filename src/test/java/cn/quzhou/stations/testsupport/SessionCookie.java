package cn.quzhou.stations.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A browser's session for MockMvc requests. Sessions live in Spring Session's store, which ignores MockMvc's
 * {@code .session(MockHttpSession)}: a test that needs two requests to share a session (a list remembered for "返回列表")
 * opens one here and sends its cookie with each request ({@code .cookie(session)}).
 */
public final class SessionCookie {

    private SessionCookie() {
    }

    /** A new session (the sign-in page makes one for its CSRF token), as its cookie. */
    public static Cookie open(MockMvc mvc) throws Exception {
        Cookie cookie = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).as("the sign-in page opens a session").isNotNull();
        return cookie;
    }
}
