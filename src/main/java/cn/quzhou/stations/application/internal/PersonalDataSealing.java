package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.shared.PersonalDataCipher;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The start-up step that seals the applications' personal data still stored in clear (rows written before sealing
 * began) or under a key that is no longer current (after a rotation). A Flyway migration cannot do it: the key is
 * deliberately kept out of the database and its scripts. Each value is replaced only if it is still the one read, so
 * a save made meanwhile is never overwritten; running it again (or on two instances at once) does no harm.
 */
@Component
class PersonalDataSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataSealing.class);
    static final List<String> COLUMNS = List.of("contact_phone", "contact_mobile", "contact_fax", "contact_email",
            "contact_im", "society_legal_rep_mobile", "society_contact_mobile", "society_phone_fax", "society_qq",
            "society_email", "society_wechat", "responsible_phone");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    PersonalDataSealing(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = sealAll();
        if (sealed > 0) {
            log.info("Sealed {} personal data values of applications (clear or under an earlier key)", sealed);
        }
    }

    /** Seals what needs it; returns how many values were replaced. */
    int sealAll() {
        int sealed = 0;
        for (String column : COLUMNS) {
            List<Map<String, Object>> rows = jdbc.sql("select id, " + column + " as v from application where "
                    + column + " <> '' and " + column + " not like ?").param(currentPrefix()).query().listOfRows();
            for (Map<String, Object> row : rows) {
                String stored = (String) row.get("v");
                if (cipher.needsSealing(stored)) {
                    sealed += jdbc.sql("update application set " + column + " = ? where id = ? and " + column + " = ?")
                            .params(cipher.seal(cipher.open(stored)), row.get("id"), stored).update();
                }
            }
        }
        return sealed;
    }

    private String currentPrefix() {
        String sample = cipher.seal("x");
        return sample.substring(0, sample.lastIndexOf(':') + 1).replace("_", "\\_").replace("%", "\\%") + "%";
    }
}
