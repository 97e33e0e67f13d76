package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.Input;

/**
 * The application list's filters, each optional: jurisdiction, level, where the application stands, and the year it
 * was (first) submitted (a Beijing calendar year).
 */
public record ApplicationFilter(Long jurisdiction, SocietyLevel level, ApplicationStatus status, Integer year) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null);
    }

    /** The filters as typed in a page's address, leniently: an unknown value filters nothing (never a 500). */
    public static ApplicationFilter lenient(String jurisdiction, String level, String status, String year) {
        return new ApplicationFilter(number(jurisdiction), Input.constant(SocietyLevel.class, level),
                Input.constant(ApplicationStatus.class, status), year == null ? null : number(year) == null ? null
                        : (int) Math.max(1, Math.min(9998, number(year))));
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }


    public static ApplicationFilter of(ApplicationStatus status) {
        return new ApplicationFilter(null, null, status, null);
    }
}
