package cn.quzhou.stations.audit.internal;

/**
 * The record a request path names, for the audit row's object: {@code /applications/12/attachments/5} and
 * {@code /api/applications/12} name application 12. A path without a numeric id names no record.
 */
record RequestObject(String type, String id) {

    static RequestObject of(String path) {
        String[] parts = path == null ? new String[0] : path.split("/");
        for (int i = 1; i + 1 < parts.length; i++) {
            if ("api".equals(parts[i])) {
                continue;
            }
            if (parts[i + 1].matches("\\d{1,18}")) {
                return new RequestObject(singular(parts[i]), parts[i + 1]);
            }
            break;
        }
        return new RequestObject("request", null);
    }

    private static String singular(String plural) {
        String s = plural.replace('-', '_');
        return s.endsWith("ies") ? s.substring(0, s.length() - 3) + "y" : s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }
}
