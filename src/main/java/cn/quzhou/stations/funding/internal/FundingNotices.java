package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who hears of what: the other city CAST officials of a disbursement to approve, the host unit of money moving. */
@Component
public class FundingNotices {

    private final Notifications notifications;
    private final Accounts accounts;

    FundingNotices(Notifications notifications, Accounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    /** Every city CAST official but the recorder may approve. */
    public void toApprove(long recorderAccountId, long instalmentId, String stationName) {
        List<Long> others = accounts.contactsOf(Role.CITY_CAST, null).stream().map(Contact::accountId)
                .filter(id -> id != recorderAccountId).toList();
        notifications.notify(others, "funding.notify.approve", List.of(stationName), "/funding/instalments/" + instalmentId);
    }

    public void paid(long hostUnitId, long stationId, String amount) {
        notifications.notify(unit(hostUnitId), "funding.notify.paid", List.of(amount), "/funding/ledgers/" + stationId);
    }

    public void clawback(long hostUnitId, long clawbackId, String amount) {
        notifications.notify(unit(hostUnitId), "funding.notify.clawback", List.of(amount), "/funding/clawbacks/" + clawbackId);
    }

    private List<Long> unit(long hostUnitId) {
        return accounts.contactsOfUnit(hostUnitId).stream().map(Contact::accountId).toList();
    }
}
