package cn.quzhou.stations.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * docs/api.md cannot drift from the code (issue #13, point 5): its endpoint index lists exactly the {@code /api/**} and
 * {@code /public/api/**} method + path pairs that Spring MVC maps — a new endpoint without a line fails, and so does a
 * line for an endpoint that is gone.
 */
class ApiDocumentationTests extends PlatformTest {

    private static final Path DOC = Path.of("docs/api.md");
    /** A row of the endpoint index: {@code | GET | `/api/…` | …}. */
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|PATCH|DELETE) \\| `([^`]+)` \\|", Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentListsEveryMappedApiEndpoint() throws IOException {
        assertThat(documented()).containsAll(mapped());
    }

    @Test
    void everyEndpointTheDocumentListsExists() throws IOException {
        assertThat(mapped()).containsAll(documented());
    }

    @Test
    void theIndexIsReadAsRowsNotAsProse() throws IOException {
        // guards the parser: an index the pattern no longer matches would make both comparisons vacuous
        assertThat(documented()).hasSizeGreaterThan(100).contains("POST /api/applications", "GET /public/api/notices");
    }

    private Set<String> mapped() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            String type = handler.getBeanType().getName();
            if (!type.startsWith("cn.quzhou.stations.") || type.contains(".testsupport.")) {
                return;
            }
            info.getPatternValues().stream().filter(ApiDocumentationTests::isApi).forEach(pattern ->
                    info.getMethodsCondition().getMethods().forEach(method ->
                            endpoints.add(method + " " + normalised(pattern))));
        });
        return endpoints;
    }

    private static Set<String> documented() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            endpoints.add(row.group(1) + " " + normalised(row.group(2)));
        }
        return endpoints;
    }

    private static boolean isApi(String pattern) {
        return pattern.startsWith("/api/") || pattern.startsWith("/public/api/");
    }

    /** Variable names are the reader's business ({@code {id}} or {@code {reportId}}), not part of the address. */
    private static String normalised(String path) {
        return VARIABLE.matcher(path).replaceAll("{}");
    }
}
