package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.shared.PersonalDataCipher;
import cn.quzhou.stations.shared.PersonalDataSealing;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The start-up step that seals the stations' responsible-person phones left in clear or under an earlier key. */
@Component
class StationDataSealing implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    StationDataSealing(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        PersonalDataSealing.seal(jdbc, cipher, "station", List.of("responsible_phone"));
    }
}
