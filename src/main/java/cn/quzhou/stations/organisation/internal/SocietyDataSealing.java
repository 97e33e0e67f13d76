package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.shared.PersonalDataCipher;
import cn.quzhou.stations.shared.PersonalDataSealing;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The start-up step that seals the societies' phones left in clear or under an earlier key. */
@Component
class SocietyDataSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SocietyDataSealing.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    SocietyDataSealing(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = PersonalDataSealing.seal(jdbc, cipher, "society", List.of("phone"));
        if (sealed > 0) {
            log.info("Sealed {} phones of societies (clear or under an earlier key)", sealed);
        }
    }
}
