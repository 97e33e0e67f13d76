package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.shared.PersonalDataCipher;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The start-up step that seals the applications' personal data, and the objectors' contacts, left in clear or under an
 * earlier key.
 */
@Component
class ApplicationDataSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDataSealing.class);
    static final List<String> COLUMNS = List.of("contact_phone", "contact_mobile", "contact_fax", "contact_email",
            "contact_im", "society_legal_rep_mobile", "society_contact_mobile", "society_phone_fax", "society_qq",
            "society_email", "society_wechat", "responsible_phone");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ApplicationDataSealing(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = sealAll();
        if (sealed > 0) {
            log.info("Sealed {} personal data values of applications and objections (clear or under an earlier key)", sealed);
        }
    }

    /** Seals what needs it; returns how many values were replaced. */
    int sealAll() {
        return cn.quzhou.stations.shared.PersonalDataSealing.seal(jdbc, cipher, "application", COLUMNS)
                + cn.quzhou.stations.shared.PersonalDataSealing.seal(jdbc, cipher, "notice_objection",
                        List.of("contact"));
    }
}
