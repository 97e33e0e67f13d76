package cn.quzhou.stations.organisation.internal;

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
 * The start-up step that seals the accounts' e-mail addresses left in clear or under an earlier key, and writes their
 * blind index with it: the index is keyed by the current key, so a re-sealed address gets a new one. Like
 * PersonalDataSealing, a row is replaced only if its address is still the one read (a change made meanwhile wins), and
 * running it again or on two instances at once does no harm.
 */
@Component
class AccountDataSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountDataSealing.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    AccountDataSealing(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = 0;
        for (Map<String, Object> row : due()) {
            String stored = (String) row.get("email");
            String clear = cipher.open(stored);
            String resealed = cipher.needsSealing(stored) ? cipher.seal(clear) : stored;
            sealed += jdbc.sql("update account set email = ?, email_index = ? where id = ? and email = ?")
                    .params(resealed, cipher.blindIndex(clear), row.get("id"), stored).update();
        }
        if (sealed > 0) {
            log.info("Sealed and indexed {} e-mail addresses of accounts (clear, under an earlier key or unindexed)",
                    sealed);
        }
    }

    /** Addresses not sealed under the current key, or without their blind index. */
    private List<Map<String, Object>> due() {
        String current = cipher.seal("x");
        String prefix = current.substring(0, current.lastIndexOf(':') + 1).replace("_", "\\_").replace("%", "\\%") + "%";
        return jdbc.sql("select id, email from account where email <> '' and (email not like ? or email_index is null)")
                .param(prefix).query().listOfRows();
    }
}
