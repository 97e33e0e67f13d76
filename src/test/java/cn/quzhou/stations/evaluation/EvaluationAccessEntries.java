package cn.quzhou.stations.evaluation;

import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.api;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The evaluation's endpoints. The foreign report is a city-level station's (2056): county offices and the 江山 unit
 * never see it. Years: 2056 (a report under city review, the world's expert assigned), 2057 (opened by the entries,
 * reset first), 2058 (a tie across the EXCELLENT line), 2059 (an empty round whose state each entry resets by SQL, a
 * test shortcut so that every allowed call really goes through).
 */
class EvaluationAccessEntries implements AccessMatrix.Contribution {

    private static final String STATION = "矩阵考核服务站";
    private static final Set<Role> CITY = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
    private static final Set<Role> READERS = EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT,
            Role.CITY_CAST, Role.CITY_TALENT);
    private static final Set<Role> CAST = EnumSet.of(Role.CITY_CAST);
    private static final Set<Role> TALENT = EnumSet.of(Role.CITY_TALENT);
    private static final Set<Role> EXPERT = EnumSet.of(Role.EXPERT);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    private JdbcClient jdbc;

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        jdbc = context.getBean(JdbcClient.class);
        EvaluationFixtures fixtures = context.getBean(EvaluationFixtures.class);
        long report = foreignReport(context, fixtures, w);
        long inspection = jdbc.sql("select min(id) from evaluation_inspection where report_id = ?").param(report)
                .query(Long.class).single();
        List<Long> tied = tieYear(context, fixtures);
        if (jdbc.sql("select count(*) from evaluation_round where year = 2059").query(Integer.class).single() == 0) {
            fixtures.open(2059, LocalDate.of(2060, 1, 31));
        }
        long expert = w.expert.getId();

        m.put("GET /evaluations", page(READERS, () -> get("/evaluations")));
        m.put("POST /evaluations", action(CAST, () -> {
            reset2057();
            return post("/evaluations").param("year", "2057").param("reportDeadline", "2058-01-31");
        }));
        m.put("GET /evaluations/{year}", list(CITY, () -> get("/evaluations/{year}", 2056).param("q", STATION),
                STATION));
        m.put("POST /evaluations/{year}/experts", action(CAST,
                () -> post("/evaluations/{year}/experts", 2056).param("expertIds", String.valueOf(expert))));
        m.put("GET /evaluations/{year}/preview", page(CITY, () -> get("/evaluations/{year}/preview", 2058)));
        m.put("POST /evaluations/{year}/tie", action(CAST, () -> post("/evaluations/{year}/tie", 2058)
                .param("chosen", String.valueOf(tied.get(0))).param("reason", "矩阵")));
        m.put("POST /evaluations/{year}/decision", action(CAST, () -> post("/evaluations/{year}/decision", 2059)
                .param("decidedOn", "2026-01-05").param("meetingReference", "矩阵会议")
                .param("version", String.valueOf(roundAt("OPEN")))));
        m.put("POST /evaluations/{year}/report-to-talent", action(CAST, () -> post(
                "/evaluations/{year}/report-to-talent", 2059).param("version", String.valueOf(roundAt("DECIDED")))));
        m.put("POST /evaluations/{year}/talent-decision", action(TALENT, () -> post(
                "/evaluations/{year}/talent-decision", 2059).param("decision", "APPROVE")
                .param("version", String.valueOf(roundAt("AT_TALENT")))));
        m.put("POST /evaluations/{year}/publish", action(CAST, () -> post("/evaluations/{year}/publish", 2059)
                .param("version", String.valueOf(roundAt("APPROVED"))).param("confirmed", "true")));
        m.put("GET /evaluations/{year}/results.xlsx", page(CITY, () -> get("/evaluations/{year}/results.xlsx", 2056)));

        String r = "/evaluations/reports/{id}";
        m.put("GET " + r, page(CITY, () -> get(r, report)));
        m.put("POST " + r + "/draft", action(NOBODY, () -> post(r + "/draft", report).param("summary", "越权")
                .param("version", "0")));
        m.put("POST " + r + "/county-check", action(NOBODY, () -> post(r + "/county-check", report)
                .param("decision", "PASS").param("version", "0")));
        m.put("POST " + r + "/county-forward", action(NOBODY, () -> post(r + "/county-forward", report)
                .param("decision", "PASS").param("version", "0")));
        m.put("POST " + r + "/city-decision", action(CAST, () -> post(r + "/city-decision", report)
                .param("decision", "VERIFY").param("version", String.valueOf(underReview(report)))));
        m.put("POST " + r + "/inspections", action(CAST, () -> {
            underReview(report);
            return multipart(r + "/inspections", report).file(new MockMultipartFile("file", "考察.pdf",
                    "application/pdf", TestFiles.pdf())).param("inspectedOn", "2026-01-05")
                    .param("inspectors", "矩阵").param("findings", "矩阵");
        }));
        m.put("GET " + r + "/inspections/{inspectionId}/file", page(CITY,
                () -> get(r + "/inspections/{inspectionId}/file", report, inspection)));
        m.put("POST " + r + "/adjustments", action(CAST, () -> {
            underReview(report);
            return post(r + "/adjustments", report).param("itemCode", "C2").param("points", "0")
                    .param("reason", "矩阵");
        }));
        m.put("GET " + r + "/sheet.pdf", page(CITY, () -> get(r + "/sheet.pdf", report)));
        m.put("GET /evaluations/expert", page(EXPERT, () -> get("/evaluations/expert")));
        m.put("GET /evaluations/expert/{reportId}", page(EXPERT, () -> {
            assignedAgain(report);
            return get("/evaluations/expert/{reportId}", report);
        }));
        m.put("POST /evaluations/expert/{reportId}/judgement", action(EXPERT, () -> {
            underReview(report);
            assignedAgain(report);
            return post("/evaluations/expert/{reportId}/judgement", report).param("judgement", "3");
        }));
        m.put("POST /evaluations/expert/{reportId}/conflict", action(EXPERT, () -> {
            underReview(report);
            assignedAgain(report);
            return post("/evaluations/expert/{reportId}/conflict", report).param("reason", "矩阵回避");
        }));

        String a = "/api/evaluations";
        m.put("GET " + a, api(READERS, () -> get(a)));
        m.put("POST " + a, api(CAST, () -> {
            reset2057();
            return json(post(a), "{\"year\":2057,\"reportDeadline\":\"2058-01-31\"}");
        }));
        m.put("GET " + a + "/{year}", api(READERS, () -> get(a + "/{year}", 2056)));
        m.put("GET " + a + "/{year}/participants", list(CITY, () -> get(a + "/{year}/participants", 2056)
                .param("q", STATION), STATION));
        m.put("GET " + a + "/{year}/preview", api(CITY, () -> get(a + "/{year}/preview", 2058)));
        m.put("POST " + a + "/{year}/tie", api(CAST, () -> json(post(a + "/{year}/tie", 2058),
                "{\"chosen\":[" + tied.get(0) + "],\"reason\":\"矩阵\"}")));
        m.put("POST " + a + "/{year}/decision", api(CAST, () -> json(post(a + "/{year}/decision", 2059),
                "{\"decidedOn\":\"2026-01-05\",\"meetingReference\":\"矩阵\",\"version\":" + roundAt("OPEN") + "}")));
        m.put("POST " + a + "/{year}/report-to-talent", api(CAST, () -> json(post(a + "/{year}/report-to-talent",
                2059), "{\"version\":" + roundAt("DECIDED") + "}")));
        m.put("POST " + a + "/{year}/talent-decision", api(TALENT, () -> json(post(a + "/{year}/talent-decision",
                2059), "{\"decision\":\"APPROVE\",\"version\":" + roundAt("AT_TALENT") + "}")));
        m.put("POST " + a + "/{year}/publish", api(CAST, () -> json(post(a + "/{year}/publish", 2059),
                "{\"version\":" + roundAt("APPROVED") + "}")));
        m.put("POST " + a + "/{year}/experts", api(CAST, () -> json(post(a + "/{year}/experts", 2056),
                "{\"expertIds\":[" + expert + "]}")));
        m.put("GET " + a + "/reports", list(CAST, () -> {
            underReview(report);
            // the worklist pages: asked for the marker by keyword on a busy database
            return get(a + "/reports").param("q", STATION);
        }, STATION));
        String ar = a + "/reports/{id}";
        m.put("GET " + ar, api(CITY, () -> get(ar, report)));
        m.put("PUT " + ar, api(NOBODY, () -> json(put(ar, report), "{\"summary\":\"越权\",\"version\":0}")));
        m.put("POST " + ar + "/submit", api(NOBODY, () -> json(post(ar + "/submit", report), "{\"version\":0}")));
        m.put("POST " + ar + "/county-check", api(NOBODY, () -> json(post(ar + "/county-check", report),
                "{\"decision\":\"PASS\",\"version\":0}")));
        m.put("POST " + ar + "/county-forward", api(NOBODY, () -> json(post(ar + "/county-forward", report),
                "{\"decision\":\"PASS\",\"version\":0}")));
        m.put("POST " + ar + "/city-decision", api(CAST, () -> json(post(ar + "/city-decision", report),
                "{\"decision\":\"VERIFY\",\"version\":" + underReview(report) + "}")));
        m.put("POST " + ar + "/inspections", api(CAST, () -> {
            underReview(report);
            return json(post(ar + "/inspections", report),
                    "{\"inspectedOn\":\"2026-01-05\",\"inspectors\":\"矩阵\",\"findings\":\"矩阵\"}");
        }));
        m.put("POST " + ar + "/adjustments", api(CAST, () -> {
            underReview(report);
            return json(post(ar + "/adjustments", report), "{\"itemCode\":\"C2\",\"points\":0,\"reason\":\"矩阵\"}");
        }));
        // a result exists only once the year is published; the 2056 year never is, so nobody gets one
        m.put("GET " + ar + "/result", api(NOBODY, () -> get(ar + "/result", report)));
        m.put("GET " + a + "/assignments", api(EXPERT, () -> {
            assignedAgain(report);
            return get(a + "/assignments");
        }));
        m.put("POST " + ar + "/judgement", api(EXPERT, () -> {
            underReview(report);
            assignedAgain(report);
            return json(post(ar + "/judgement", report), "{\"judgement\":3,\"comment\":\"矩阵\"}");
        }));
        m.put("POST " + ar + "/conflict", api(EXPERT, () -> {
            underReview(report);
            assignedAgain(report);
            return json(post(ar + "/conflict", report), "{\"reason\":\"矩阵回避\"}");
        }));
    }

    private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> b,
                                                                 String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /**
     * Puts the foreign report back under city review by SQL; its version. Each role's request may move it on, in any
     * order, and no facade moves a report back.
     */
    private int underReview(long report) {
        jdbc.sql("update evaluation_report set status = 'CITY_REVIEW' where id = ?").param(report).update();
        return jdbc.sql("select version from evaluation_report where id = ?").param(report).query(Integer.class)
                .single();
    }

    /** Withdraws a conflict the entries declared, so that the world's expert is assigned to the report again. */
    private void assignedAgain(long report) {
        jdbc.sql("update evaluation_assignment set conflict_reason = null, conflict_declared_at = null where report_id = ?")
                .param(report).update();
    }

    /**
     * Puts the empty 2059 round at {@code status} by SQL; its version. Each step is sent once per role, in any order,
     * and a round's facade only moves it forward.
     */
    private int roundAt(String status) {
        jdbc.sql("update evaluation_round set status = ? where year = 2059").param(status).update();
        return jdbc.sql("select version from evaluation_round where year = 2059").query(Integer.class).single();
    }

    private void reset2057() {
        jdbc.sql("delete from evaluation_round_record where round_id in (select id from evaluation_round where year = 2057)")
                .update();
        jdbc.sql("delete from evaluation_round where year = 2057").update();
    }

    private long foreignReport(ApplicationContext context, EvaluationFixtures fixtures, World w) {
        List<Long> existing = jdbc.sql("select r.id from evaluation_report r where r.year = 2056")
                .query(Long.class).list();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        long station = fixtures.cityStation(STATION, 2056);
        fixtures.open(2056, LocalDate.of(2057, 1, 31));
        fixtures.submitFull(station, 2056);
        long report = fixtures.reportOf(2056, station);
        EvaluationScoring scoring = context.getBean(EvaluationScoring.class);
        ApplicationFixtures.as(w.user(Role.CITY_CAST), () -> {
            scoring.assignExperts(2056, List.of(w.expert.getId()));
            return scoring.inspect(report, new InspectionCommand(LocalDate.of(2026, 1, 5), "矩阵", "矩阵"),
                    "考察.pdf", new ByteArrayInputStream(TestFiles.pdf()));
        });
        return report;
    }

    /** Five stations due in 2058, two submitted and lifted to 64 each (C2 uncapped): one EXCELLENT place, a tie. */
    private List<Long> tieYear(ApplicationContext context, EvaluationFixtures fixtures) {
        List<Long> existing = jdbc.sql("select station_id from evaluation_report where year = 2058 and status <> 'DRAFT' "
                + "order by station_id").query(Long.class).list();
        if (!existing.isEmpty()) {
            return existing;
        }
        List<Long> stations = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stations.add(fixtures.cityStation("矩阵同分服务站" + i, 2058));
        }
        fixtures.open(2058, LocalDate.of(2059, 1, 31));
        EvaluationScoring scoring = context.getBean(EvaluationScoring.class);
        for (long s : stations.subList(0, 2)) {
            fixtures.submitFull(s, 2058);
            long report = fixtures.reportOf(2058, s);
            ApplicationFixtures.as(context.getBean(World.class).user(Role.CITY_CAST), () -> scoring.adjust(report,
                    new AdjustmentCommand("C2", new BigDecimal("30"), "矩阵同分")));
        }
        return stations.subList(0, 2);
    }
}
