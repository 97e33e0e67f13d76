package cn.quzhou.stations.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of every integration test: the whole platform on a real port and real PostgreSQL, with
 * the OIDC provider configured. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestPlatformConfiguration.class)
public abstract class PlatformTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected World world;

    @Autowired
    protected MutableClock clock;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration." + OidcProvider.ISSUER_ID + ".client-id", () -> "stations");
        registry.add(prefix + "registration." + OidcProvider.ISSUER_ID + ".client-secret", () -> "secret");
        registry.add(prefix + "registration." + OidcProvider.ISSUER_ID + ".client-name", () -> "浙江政务服务网法人账户");
        registry.add(prefix + "registration." + OidcProvider.ISSUER_ID + ".scope", () -> "openid,profile");
        registry.add(prefix + "provider." + OidcProvider.ISSUER_ID + ".issuer-uri", OidcProvider::issuerUri);
        registry.add("spring.mail.host", MailServer::host);
        registry.add("spring.mail.port", MailServer::port);
        // surefire's second test JVM (and any later one) runs on a database and files of its own (Fork)
        Fork.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Runs {@code action} signed in as {@code user}, as a facade call from a request would be. */
    protected <T> T as(cn.quzhou.stations.organisation.PlatformUser user, java.util.function.Supplier<T> action) {
        return cn.quzhou.stations.organisation.PlatformUser.runAs(user, action);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
