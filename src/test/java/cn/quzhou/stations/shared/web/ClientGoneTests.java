package cn.quzhou.stations.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A client that hangs up while its answer is written (a closed tab, a load tool ending its run) gets no answer and
 * leaves no "server error" in the log (issue #9: 133 such lines after one load run), while a real failure still does.
 */
class ClientGoneTests {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(new StaticMessageSource(), event -> { },
            new MultipartProperties());
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/funding/overview");

    @Test
    void aBrokenPipeWhileWritingTheAnswerIsNoServerError() {
        var gone = new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe"));
        assertThat(handler.handleExceptionInternal(gone, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR,
                new ServletWebRequest(request))).isNull();
        assertThat(handler.unexpected(gone, request)).isNull();
    }

    @Test
    void aBrokenPipeInsideTheActionIsAServerError() {
        var storage = new IllegalStateException("object storage", new java.net.SocketException("Broken pipe"));
        assertThat(handler.unexpected(storage, request).getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void anyOtherFailureStillAnswers500() {
        var failure = new HttpMessageNotWritableException("Could not write JSON", new IllegalStateException("bug"));
        assertThat(handler.unexpected(failure, request).getStatusCode().value()).isEqualTo(500);
    }
}
