package cn.quzhou.stations.shared.web;

import java.nio.charset.CharacterCodingException;

/** The stable {@code error} category and message of each HTTP status the API answers without a refusal of its own. */
final class Problems {

    private Problems() {
    }

    record Kind(String error, String messageKey) {
    }

    static Kind kind(int status) {
        return switch (status) {
            case 401 -> new Kind("unauthorized", "api.error.unauthorized");
            case 403 -> new Kind("forbidden", "api.error.forbidden");
            case 404 -> new Kind("not_found", "api.error.notFound");
            case 405 -> new Kind("method_not_allowed", "api.error.methodNotAllowed");
            case 406 -> new Kind("not_acceptable", "api.error.notAcceptable");
            case 413 -> new Kind("payload_too_large", "api.error.payloadTooLarge");
            case 415 -> new Kind("unsupported_media_type", "api.error.unsupportedMediaType");
            case 429 -> new Kind("too_many_requests", "api.error.tooManyRequests");
            case 503 -> new Kind("unavailable", "api.error.unavailable");
            default -> status >= 500 ? new Kind("server_error", "api.error.server")
                    : new Kind("bad_request", "api.error.badRequest");
        };
    }

    /**
     * Whether {@code e} is the container's refusal to read the request itself — parameters that are not valid
     * percent-encoded UTF-8 ({@code q=%zz}, an encoded lone surrogate, overlong UTF-8), a truncated multipart body:
     * the client's mistake (400), never a server error.
     */
    static boolean isMalformedRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof CharacterCodingException || name.endsWith(".InvalidParameterException")
                    || name.endsWith(".MultipartException") || name.endsWith(".FileUploadException")
                    || name.endsWith(".MalformedStreamException") || name.equals("org.apache.catalina.connector.ClientAbortException")
                    || name.endsWith(".BadRequestException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
