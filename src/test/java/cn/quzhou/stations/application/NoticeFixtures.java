package cn.quzhou.stations.application;

import static cn.quzhou.stations.application.ApplicationFixtures.as;
import static cn.quzhou.stations.application.ApplicationFixtures.pass;

import cn.quzhou.stations.application.notice.ObjectionCommand;
import cn.quzhou.stations.application.notice.OpenNoticeCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.testsupport.World;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Applications at the public-notice step and notices around them, for the notice and recognition tests. */
@Component
public class NoticeFixtures {

    private final World world;
    private final PanelFixtures panels;
    private final Applications facade;
    private final PublicNotices notices;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    NoticeFixtures(World world, PanelFixtures panels, Applications facade, PublicNotices notices,
                   JdbcClient jdbc, java.time.Clock clock) {
        this.world = world;
        this.panels = panels;
        this.facade = facade;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A city-direct application in PUBLIC_NOTICE, through the real route: the city CAST passes it to the panel, a
     * panel recommends it to the city talent office, and the office passes it to PUBLIC_NOTICE.
     */
    public long inPublicNotice(String stationName, Society society) {
        long id = panels.atPanelReview(stationName, society);
        panels.passedByAPanel(id);
        as(world.user(Role.CITY_TALENT), () -> {
            facade.decide(id, pass(version(id)));
            return null;
        });
        return id;
    }

    /** A notice running today only (start = end = today), opened by the city CAST. */
    public long runningToday(List<Long> applicationIds) {
        return runningToday("测试公示", applicationIds);
    }

    /** The same with its own title (what the notice lists show and search). */
    public long runningToday(String title, List<Long> applicationIds) {
        LocalDate today = today();
        return as(world.user(Role.CITY_CAST), () -> notices.open(new OpenNoticeCommand(title, null, today, today,
                applicationIds)));
    }

    /**
     * A notice that has already ended: opened today, then moved ten days into the past by SQL (a
     * test shortcut instead of advancing the shared clock).
     */
    public long ended(List<Long> applicationIds) {
        long id = runningToday(applicationIds);
        shiftIntoThePast(id);
        return id;
    }

    /** Moves a notice ten days into the past by SQL (a test shortcut instead of advancing the shared clock). */
    public void shiftIntoThePast(long noticeId) {
        jdbc.sql("update public_notice set start_date = start_date - 10, end_date = end_date - 10 where id = ?")
                .param(noticeId).update();
    }

    public long objection(long noticeId, long applicationId, String clientIp) {
        notices.object(new ObjectionCommand(noticeId, applicationId, "王异议", "13500000000", "该单位不符合条件。", null),
                null, null, clientIp);
        return jdbc.sql("select max(id) from notice_objection where notice_id = ?").param(noticeId).query(Long.class).single();
    }

    public int version(long id) {
        return jdbc.sql("select version from application where id = ?").param(id).query(Integer.class).single();
    }

    public int objectionVersion(long id) {
        return jdbc.sql("select version from notice_objection where id = ?").param(id).query(Integer.class).single();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }
}
