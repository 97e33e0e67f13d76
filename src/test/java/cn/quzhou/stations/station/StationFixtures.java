package cn.quzhou.stations.station;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.NoticeFixtures;
import cn.quzhou.stations.application.JointRecognitionSteps;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.World;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recognised stations of the city-direct unit (its applicant: {@link ApplicationFixtures#cityApplicant()}). */
@Component
public class StationFixtures {

    private final World world;
    private final ApplicationFixtures applications;
    private final NoticeFixtures notices;
    private final Recognitions recognitions;
    private final Revocations revocations;
    private final JdbcClient jdbc;
    private final Clock clock;

    StationFixtures(World world, ApplicationFixtures applications, NoticeFixtures notices, Recognitions recognitions,
                    Revocations revocations, JdbcClient jdbc, Clock clock) {
        this.world = world;
        this.applications = applications;
        this.notices = notices;
        this.recognitions = recognitions;
        this.revocations = revocations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A station recognised through an already-ended notice (the shared clock is left alone). */
    public long recognisedCityDirect(String name) {
        world.ensure();
        return recognisedCityDirect(name, applications.newSociety(SocietyLevel.NATIONAL));
    }

    /** As {@link #recognisedCityDirect(String)}, in partnership with the given society (e.g. the world's, whose contact
     * account {@code world.user(Role.SOCIETY_CONTACT)} is linked to it). */
    public long recognisedCityDirect(String name, cn.quzhou.stations.organisation.internal.Society society) {
        world.ensure();
        long app = notices.inPublicNotice(name, society);
        long notice = notices.ended(List.of(app));
        JointRecognitionSteps.recognise(world, recognitions, notice, new RecogniseCommand(null, null, null));
        return jdbc.sql("select id from station where application_id = ?").param(app).query(Long.class).single();
    }

    /** Revokes the station as the city CAST does after two unqualified years, decided today. */
    public void revoke(long station) {
        ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> revocations.revoke(station, new RevocationCommand(
                RevocationCause.TWO_UNQUALIFIED_YEARS, "连续两年不合格", "衢市科协〔2026〕77号", LocalDate.now(clock)), null,
                null));
    }

    /** Every visible station's plan and summary for {@code year}, through the overview's streamed export. */
    public static java.util.List<ReportStatus> reportStatus(AnnualReports reports, int year) {
        java.util.List<ReportStatus> rows = new java.util.ArrayList<>();
        reports.export(cn.quzhou.stations.shared.ListRequest.first(), ReportFilter.ofYear(year), rows::add);
        return rows;
    }
}
