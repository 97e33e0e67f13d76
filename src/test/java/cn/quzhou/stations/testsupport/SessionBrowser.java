package cn.quzhou.stations.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser that may talk to any instance of the platform: it keeps its cookies itself (also the
 * {@code Secure} ones, which {@link java.net.CookieManager} would not send over the test's plain http) and
 * sends each request to the instance named, as a load balancer would.
 */
public final class SessionBrowser {

    /** An instance of the platform, reached directly or through a TLS-terminating proxy. */
    public record Instance(String base, Map<String, String> headers) {

        public static Instance direct(int port) {
            return new Instance("http://localhost:" + port, Map.of());
        }

        /** What a TLS proxy in front of the instance adds to every request it forwards. */
        public static Instance behindTlsProxy(int port) {
            return new Instance("http://localhost:" + port, Map.of("X-Forwarded-Proto", "https",
                    "X-Forwarded-Host", "stations.example.cn", "X-Forwarded-Port", "443", "X-Forwarded-For", "203.0.113.7"));
        }
    }

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public HttpResponse<String> get(Instance at, String path) throws IOException, InterruptedException {
        return send(at, request(at, path).header("Accept", "text/html,application/xhtml+xml").GET());
    }

    public HttpResponse<String> getJson(Instance at, String path) throws IOException, InterruptedException {
        return send(at, request(at, path).header("Accept", "application/json").GET());
    }

    public HttpResponse<String> postForm(Instance at, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(at, request(at, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the sign-in form of {@code at}; returns the answer to the form. */
    public HttpResponse<String> signIn(Instance at, String username, String password) throws IOException, InterruptedException {
        String page = get(at, "/login").body();
        return postForm(at, "/login", Map.of("username", username, "password", password, "_csrf", HttpBrowser.csrfToken(page)));
    }

    /** Posts a form of the page at {@code pagePath} (taking its CSRF token) to {@code action}. */
    public HttpResponse<String> submit(Instance at, String pagePath, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        var form = new LinkedHashMap<>(fields);
        form.put("_csrf", HttpBrowser.csrfToken(get(at, pagePath).body()));
        return postForm(at, action, form);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private HttpRequest.Builder request(Instance at, String path) {
        var builder = HttpRequest.newBuilder(URI.create(at.base() + path));
        at.headers().forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(Instance at, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('=')).strip();
            String value = pair.substring(pair.indexOf('=') + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
