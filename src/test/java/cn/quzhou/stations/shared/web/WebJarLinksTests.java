package cn.quzhou.stations.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.PlatformTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Pages link the webjars by their versioned address (a new version is a new URL) and the address serves the file. */
class WebJarLinksTests extends PlatformTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageLinksTheStylesheetOfItsWebjarByVersionAndThatAddressServesIt() throws Exception {
        String page = get("/login").body();
        Matcher link = Pattern.compile("href=\"(/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css)\"").matcher(page);
        assertThat(link.find()).as("versioned bootstrap link in %s", page).isTrue();
        HttpResponse<String> css = get(link.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void theApplicationsOwnLinksAreLeftAsWritten() throws Exception {
        String page = get("/login").body();
        assertThat(page).contains("href=\"/css/app.css\"").contains("src=\"/js/app.js\"");
    }

    @Test
    void springsFilterThatResolvedEveryLinkIsSwitchedOff() {
        assertThat(springFilter.isEnabled()).isFalse();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter>
            springFilter;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
