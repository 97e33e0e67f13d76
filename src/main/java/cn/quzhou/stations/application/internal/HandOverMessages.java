package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.ApplicationReviewed;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ReviewDecision;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.Role;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At every hand-over the office that now decides is told (in-app, and by e-mail when SMTP is set
 * up), and the applicant learns where its application stands; a withdrawal tells the office it was waiting at. It runs in the transaction of the
 * transition, so a transition that rolls back tells nobody.
 */
@Component
class HandOverMessages {

    private final ApplicationRepository applications;
    private final Accounts accounts;
    private final Notifications notifications;

    HandOverMessages(ApplicationRepository applications, Accounts accounts, Notifications notifications) {
        this.applications = applications;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(ApplicationReviewed event) {
        Application application = applications.findById(event.applicationId()).orElseThrow();
        String name = application.getStationName() == null ? "" : application.getStationName();
        String link = "/applications/" + event.applicationId();
        List<Long> deciders = decidersOf(event.to(), event.jurisdictionId());
        if (!deciders.isEmpty()) {
            notifications.notify(deciders, "application.message.review", List.of(name), link);
        }
        // a withdrawn submission leaves the office that had it waiting: its 待办 shrinks, and it is told why
        List<Long> leftBehind = event.decision() == ReviewDecision.WITHDRAW
                ? decidersOf(event.from(), event.jurisdictionId()) : List.of();
        if (!leftBehind.isEmpty()) {
            notifications.notify(leftBehind, "application.message.withdrawn", List.of(name), link);
        }
        List<Long> applicant = ids(accounts.contactsOfUnit(event.hostUnitId()));
        if (!applicant.isEmpty()) {
            notifications.notify(applicant, applicantMessage(application, event.to(), name), applicantArgs(application,
                    event.to(), name), link);
        }
    }

    /** A return or rejection carries the reviewer's reason (the last opinion box), so the unit need not look it up. */
    private static boolean withReason(ApplicationStatus to) {
        return to == ApplicationStatus.RETURNED || to == ApplicationStatus.REJECTED;
    }

    private static String applicantMessage(Application application, ApplicationStatus to, String name) {
        return (withReason(to) ? "application.message.reason." : "application.message.status.") + to.name();
    }

    private static List<String> applicantArgs(Application application, ApplicationStatus to, String name) {
        if (!withReason(to)) {
            return List.of(name);
        }
        List<ReviewRecord> reviews = application.getReviews();
        String opinion = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1).getOpinion();
        return List.of(name, opinion == null ? "" : opinion.strip());
    }

    /** The accounts that decide at {@code step} (the county office of the jurisdiction at a county step). */
    List<Long> decidersOf(ApplicationStatus step, long jurisdictionId) {
        Role role = step == ApplicationStatus.PANEL_REVIEW ? Role.CITY_CAST : step.reviewer();
        if (role == null) {
            return List.of();
        }
        return ids(accounts.contactsOf(role, step.countyStep() ? jurisdictionId : null));
    }

    private static List<Long> ids(List<Contact> contacts) {
        return contacts.stream().map(Contact::accountId).toList();
    }
}
