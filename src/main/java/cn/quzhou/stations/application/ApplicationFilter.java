package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.SocietyLevel;

/**
 * The application list's filters, each optional: jurisdiction, level, where the application stands, and the year it
 * was (first) submitted (a Beijing calendar year).
 */
public record ApplicationFilter(Long jurisdiction, SocietyLevel level, ApplicationStatus status, Integer year) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null);
    }

    public static ApplicationFilter of(ApplicationStatus status) {
        return new ApplicationFilter(null, null, status, null);
    }
}
