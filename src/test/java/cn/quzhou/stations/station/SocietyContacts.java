package cn.quzhou.stations.station;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.organisation.internal.Society;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh society with its contact account. Art. 3(6) allows one station per society in the city, so a test that
 * needs a station of "its" society makes its own society instead of sharing the world's (kept for the access matrix).
 */
@Component
public class SocietyContacts {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final ApplicationFixtures applications;
    private final AccountProvisioning provisioning;
    private final UserDetailsService users;
    private final TransactionTemplate tx;

    SocietyContacts(ApplicationFixtures applications, AccountProvisioning provisioning, UserDetailsService users,
                    TransactionTemplate tx) {
        this.applications = applications;
        this.provisioning = provisioning;
        this.users = users;
        this.tx = tx;
    }

    public record Partner(Society society, PlatformUser contact) {
    }

    public Partner newPartner() {
        Society society = applications.newSociety(SocietyLevel.NATIONAL);
        String username = "t-society-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        tx.executeWithoutResult(s -> {
            Account a = provisioning.create(username, "学会联络人", cn.quzhou.stations.testsupport.World.PASSWORD, false, null, null, null,
                    society.getId());
            provisioning.grant(a, Role.SOCIETY_CONTACT);
        });
        return new Partner(society, (PlatformUser) users.loadUserByUsername(username));
    }
}
