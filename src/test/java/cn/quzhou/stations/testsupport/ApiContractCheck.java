package cn.quzhou.stations.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every {@code /api/**} exchange of every MockMvc test, checked against the application's own {@code /v3/api-docs}
 * (issue #18, wired once in {@link TestPlatformConfiguration}): the answer must be one its operation documents —
 * status, media type, headers, body schema — and a request the platform accepted (2xx) must be one the document
 * calls valid. A request answered 4xx may be wrong on purpose (that is what the test tries), so only its answer is
 * checked. Not checked here: paths the document does not have (the test suite's own endpoints; ApiDocumentationTests
 * keeps docs/api.md and the mappings equal) and the token itself (AccessMatrixTests).
 */
public class ApiContractCheck implements ResultHandler {

    private final WebApplicationContext context;
    private final AtomicInteger checked = new AtomicInteger();
    private volatile OpenApiInteractionValidator validator;

    /**
     * The check of each test context by the port its server listens on, for the tests that talk HTTP to the real port
     * ({@link RawHttp}): they have no MockMvc to hook into.
     */
    private static final java.util.Map<Integer, ApiContractCheck> BY_PORT = new java.util.concurrent.ConcurrentHashMap<>();

    public ApiContractCheck(WebApplicationContext context) {
        this.context = context;
    }

    /** Called when the context's server has started (see {@link TestPlatformConfiguration}). */
    public void servesOn(int port) {
        BY_PORT.put(port, this);
    }

    /**
     * The answer of a request sent to the real port ({@code head}: its request line and headers) must be one its
     * operation documents. Only the answer: these tests send malformed requests on purpose.
     */
    public static void checkRawAnswer(int port, String head, RawHttp.Answer answer) {
        String[] line = head.split("\r\n", 2)[0].split(" ");
        String path = line.length > 1 ? line[1].split("\\?", 2)[0] : "";
        ApiContractCheck check = BY_PORT.get(port);
        if (check == null || !path.startsWith("/api/") || !isMethod(line[0])) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
        answer.headers().forEach(response::withHeader);
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        ValidationReport report = check.validator().validateResponse(path, Request.Method.valueOf(line[0]), response.build());
        check.checked.incrementAndGet();
        if (report.hasErrors()) {
            throw new AssertionError(line[0] + " " + path + " answered " + answer.status()
                    + ", which /v3/api-docs does not describe:\n" + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nbody: " + answer.body());
        }
    }

    private static boolean isMethod(String name) {
        try {
            Request.Method.valueOf(name);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    @Override
    public void handle(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        String path = request.getRequestURI();
        if (!path.startsWith("/api/")) {
            return;
        }
        MockHttpServletResponse response = result.getResponse();
        Request.Method method = Request.Method.valueOf(request.getMethod());
        ValidationReport report = validator().validateResponse(path, method, response(response));
        if (response.getStatus() / 100 == 2 && !isMultipart(request)) {
            report = report.merge(validator().validateRequest(request(request, path, method)));
        }
        checked.incrementAndGet();
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered " + response.getStatus()
                    + ", which /v3/api-docs does not describe:\n" + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nbody: " + body(response));
        }
    }

    /** How many exchanges were checked: a test proves the check is wired, not just written. */
    public int checked() {
        return checked.get();
    }

    OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document())
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                                    // tests sign in with a session as often as with a token; AccessMatrixTests
                                    // checks who may call what
                                    .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    private String document() {
        try {
            return MockMvcBuilders.webAppContextSetup(context).build()
                    .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read /v3/api-docs", e);
        }
    }

    private static SimpleRequest request(MockHttpServletRequest request, String path, Request.Method method) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path);
        for (String name : Collections.list(request.getHeaderNames())) {
            builder.withHeader(name, Collections.list(request.getHeaders(name)));
        }
        request.getParameterMap().forEach((name, values) -> builder.withQueryParam(name, values));
        byte[] body = request.getContentAsByteArray();
        if (body != null && body.length > 0) {
            builder.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private static SimpleResponse response(MockHttpServletResponse response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
        for (String name : response.getHeaderNames()) {
            builder.withHeader(name, response.getHeaders(name));
        }
        if (response.getContentType() != null && response.getContentType().contains("json")) {
            builder.withBody(body(response));
        } else if (response.getContentAsByteArray().length > 0) {
            // a file: its bytes are not JSON, the validator checks that there is a body of a documented type
            builder.withBody(new String(response.getContentAsByteArray(), StandardCharsets.ISO_8859_1));
        }
        return builder.build();
    }

    private static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static boolean isMultipart(MockHttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().startsWith("multipart/");
    }
}
