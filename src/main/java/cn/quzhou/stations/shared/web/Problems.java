package cn.quzhou.stations.shared.web;

import java.nio.charset.CharacterCodingException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.DatabindException;

/** The stable {@code error} category and message of each HTTP status the API answers without a refusal of its own. */
final class Problems {

    /** The one category of every 400 (issue #18): something in the request is refused, named in {@code fields}. */
    static final String INVALID = "validation_failed";
    /** The code of a request the container or the database could not take as sent (encoding, bytes, range). */
    static final String MALFORMED = "malformed_request";
    static final String UNREADABLE_BODY = "input.error.unreadableBody";
    static final String REQUIRED = "jakarta.validation.constraints.NotNull.message";
    /** The name in {@code fields} of the body as a whole, and of the request where no part of it can be named. */
    static final String BODY = "body";
    static final String REQUEST = "request";

    private Problems() {
    }

    /**
     * The message key of a JSON value refused while reading: {@link EdgeJsonModule}'s own reason, "required" for a
     * primitive that is missing or null (Jackson maps no {@code null} into an {@code int}), else a wrong type.
     */
    static String keyOf(DatabindException bad) {
        if (bad instanceof EdgeJsonModule.Refused refused) {
            return refused.messageKey();
        }
        String text = String.valueOf(bad.getOriginalMessage());
        if (bad instanceof tools.jackson.databind.exc.MismatchedInputException
                && (text.startsWith("Cannot map `null`") || text.startsWith("Missing"))) {
            return REQUIRED;
        }
        return "typeMismatch";
    }

    record Kind(String error, String messageKey) {
    }

    static Kind kind(int status) {
        return switch (status) {
            case 400 -> new Kind(INVALID, "api.error.badRequest");
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

    /**
     * The name of the first query parameter whose name or value is not valid percent-encoded UTF-8 — what the
     * container refused to parse — or {@link #REQUEST} when the query is fine (the body was at fault).
     */
    static String malformedParameter(String query) {
        if (query == null) {
            return REQUEST;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!decodes(name) || !decodes(equals < 0 ? "" : pair.substring(equals + 1))) {
                return decodes(name) ? strictDecode(name) : REQUEST;
            }
        }
        return REQUEST;
    }

    private static boolean decodes(String encoded) {
        try {
            strictDecode(encoded);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Percent-decoding that refuses what {@link java.net.URLDecoder} would repair: bad escapes, invalid UTF-8. */
    private static String strictDecode(String encoded) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A refusal by PostgreSQL that is the caller's doing: an unknown reference (with its field), or bad data. */
    record DatabaseRefusal(boolean unknownReference, String field) {
    }

    private static final Pattern FOREIGN_KEY_COLUMN = Pattern.compile("Key \\((\\w+)\\)=");

    /** SQL state 23503 (foreign key) or class 22 (data exception: NUL, invalid encoding, out of range); else null. */
    static DatabaseRefusal databaseRefusal(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if ("23503".equals(sql.getSQLState())) {
                    Matcher column = FOREIGN_KEY_COLUMN.matcher(String.valueOf(sql.getMessage()));
                    return new DatabaseRefusal(true, column.find() ? camel(column.group(1)) : null);
                }
                if (sql.getSQLState().startsWith("22")) {
                    return new DatabaseRefusal(false, null);
                }
            }
        }
        return null;
    }

    /** {@code society_id} → {@code societyId}: the JSON field of a column. */
    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** The JSON path of a field as clients write it: {@code expertIds[3]}, {@code items[0].name}. */
    static String fieldOf(List<DatabindException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (DatabindException.Reference r : path) {
            if (r.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** Whether {@code e} comes from {@link cn.quzhou.stations.shared.Input}'s rule on a single parameter. */
    static boolean refusedAtTheEdge(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (cn.quzhou.stations.shared.Input.CONTROL_CHARACTERS.equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
