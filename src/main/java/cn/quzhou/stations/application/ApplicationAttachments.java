package cn.quzhou.stations.application;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The application's attachments; the agreement is required for submission (Art. 3(2)). */
@Component
public class ApplicationAttachments {

    private final JdbcClient jdbc;

    ApplicationAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasAgreement(long applicationId) {
        return jdbc.sql("""
                select count(*) from application_attachment
                 where application_id = ? and kind = 'AGREEMENT' and removed_at is null""")
                .param(applicationId).query(Long.class).single() > 0;
    }
}
