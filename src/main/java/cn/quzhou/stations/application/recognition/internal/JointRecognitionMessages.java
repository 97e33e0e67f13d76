package cn.quzhou.stations.application.recognition.internal;

import cn.quzhou.stations.application.JointRecognitionMoved;
import cn.quzhou.stations.application.notice.internal.PublicNotice;
import cn.quzhou.stations.application.notice.internal.PublicNoticeRepository;
import cn.quzhou.stations.application.recognition.JointRecognitionStatus;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.Role;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The joint document passes between two offices: a prepared one tells the city talent office that it awaits its
 * confirmation, a returned one tells the city CAST (issuing is announced to the applicants by the applications'
 * own transition). Runs in the transaction of the move, so a move that rolls back tells nobody.
 */
@Component
class JointRecognitionMessages {

    private final Accounts accounts;
    private final Notifications notifications;
    private final PublicNoticeRepository notices;

    JointRecognitionMessages(Accounts accounts, Notifications notifications, PublicNoticeRepository notices) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.notices = notices;
    }

    @EventListener
    void on(JointRecognitionMoved event) {
        Role to = event.status() == JointRecognitionStatus.PREPARED ? Role.CITY_TALENT
                : event.status() == JointRecognitionStatus.RETURNED ? Role.CITY_CAST : null;
        if (to == null) {
            return;
        }
        List<Long> ids = accounts.contactsOf(to, null).stream().map(Contact::accountId).toList();
        if (!ids.isEmpty()) {
            String title = notices.findById(event.noticeId()).map(PublicNotice::getTitle).orElse("");
            notifications.notify(ids, "notice.joint.message." + event.status().name(), List.of(title),
                    "/applications/notices/" + event.noticeId());
        }
    }
}
