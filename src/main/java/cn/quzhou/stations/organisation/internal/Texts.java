package cn.quzhou.stations.organisation.internal;

final class Texts {

    private Texts() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
