package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.HttpBrowser;
import cn.quzhou.stations.testsupport.OidcProvider;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The provincial legal-person login over OIDC, against a real in-process OIDC provider. */
class LegalPersonSignInTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void aRegisteredUnitSignsInAndSeesItsOwnHomePage() throws Exception {
        String subject = "legal-person-" + System.nanoTime();
        HttpResponse<String> home = signIn(subject, world.homeUnit.getCreditCode());
        assertThat(home.uri().getPath()).as(home.statusCode() + " " + home.body()).isEqualTo("/");
        assertThat(home.body()).contains("您好，" + world.homeUnit.getName()).contains("申报单位");
    }

    @Test
    void aReturningSubjectUsesTheSameAccount() throws Exception {
        String subject = "returning-" + System.nanoTime();
        signIn(subject, world.homeUnit.getCreditCode());
        signIn(subject, world.homeUnit.getCreditCode());
        long accounts = jdbc.sql("select count(*) from account where oidc_subject = ?").param(subject).query(Long.class).single();
        assertThat(accounts).isEqualTo(1);
    }

    @Test
    void anUnregisteredUnitIsRefusedWithAClearMessage() throws Exception {
        HttpResponse<String> page = signIn("stranger-" + System.nanoTime(), "91330800MA2DH4KL2M");
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("该单位尚未在本平台登记");
    }

    private HttpResponse<String> signIn(String subject, String creditCode) throws Exception {
        OidcProvider.server().enqueueCallback(new DefaultOAuth2TokenCallback(OidcProvider.ISSUER_ID, subject, "JWT",
                List.of("stations"), Map.of("uscc", creditCode, "name", "法人"), 3600));
        HttpBrowser browser = new HttpBrowser(baseUrl(), HttpClient.Redirect.ALWAYS);
        return browser.get("/oauth2/authorization/" + OidcProvider.ISSUER_ID);
    }
}
