package cn.quzhou.stations.results;

import cn.quzhou.stations.testsupport.TestYears;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.api;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RectificationReport;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The foreign records are city-direct stations of years 2159–2160: only the city offices see them (the world's
 * applicant and county roles belong to 江山市); corrections, proposals and deadlines are the city CAST's.
 */
class ResultsAccessEntries implements AccessMatrix.Contribution {

    private static final int YEAR = TestYears.claim(2160);

    private ApplicationContext context;
    private World world;

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        this.context = context;
        this.world = w;
        String marker = "矩阵结果服务站" + AccessMatrix.next();
        long station = unqualifiedTwice(marker);
        long openTask = task(station, YEAR);
        long reportedTask = reported();
        long proposal = proposalOf(station);
        String today = LocalDate.now(context.getBean(Clock.class)).toString();
        String later = LocalDate.now(context.getBean(Clock.class)).plusDays(200).toString();

        var withResults = EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST,
                Role.CITY_TALENT);
        var city = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
        var cast = EnumSet.of(Role.CITY_CAST);
        var nobody = EnumSet.noneOf(Role.class);

        // the lists are asked for the marker by keyword: on a busy database their first page may hold other rows
        m.put("GET /evaluations/results", list(city, () -> get("/evaluations/results").param("q", marker), marker));
        m.put("GET /evaluations/results/export", page(withResults,
                () -> get("/evaluations/results/export").param("q", marker)));
        m.put("GET /evaluations/results/{year}", page(city, () -> get("/evaluations/results/{year}", YEAR)));
        m.put("GET /evaluations/results/{year}/document", page(city,
                () -> get("/evaluations/results/{year}/document", YEAR)));
        m.put("GET /evaluations/results/stations/{stationId}", page(city,
                () -> get("/evaluations/results/stations/{id}", station)));
        m.put("POST /evaluations/results/stations/{stationId}/corrections", action(cast,
                () -> post("/evaluations/results/stations/{id}/corrections", qualified()).param("year", "" + YEAR)
                        .param("total", "75").param("reason", "矩阵更正")));
        m.put("POST /evaluations/results/corrections/{id}/approve", action(cast,
                () -> post("/evaluations/results/corrections/{id}/approve", correction())));
        m.put("POST /evaluations/results/corrections/{id}/reject", action(cast,
                () -> post("/evaluations/results/corrections/{id}/reject", correction()).param("note", "矩阵驳回")));

        m.put("GET /rectifications", list(city, () -> get("/rectifications").param("q", marker), marker));
        m.put("GET /rectifications/export", page(withResults, () -> get("/rectifications/export").param("q", marker)));
        m.put("GET /rectifications/{id}", page(city, () -> get("/rectifications/{id}", openTask)));
        m.put("GET /rectifications/{id}/notice", page(city, () -> get("/rectifications/{id}/notice", openTask)));
        m.put("GET /rectifications/{id}/file", page(city, () -> get("/rectifications/{id}/file", reportedTask)));
        m.put("POST /rectifications/{id}/report", action(nobody,
                () -> multipart("/rectifications/{id}/report", openTask).param("report", "越权")));
        m.put("POST /rectifications/{id}/accept", action(cast,
                () -> post("/rectifications/{id}/accept", reported()).param("note", "矩阵验收")));
        m.put("POST /rectifications/{id}/return", action(cast,
                () -> post("/rectifications/{id}/return", reported()).param("note", "矩阵退回")));
        m.put("POST /rectifications/{id}/deadline", action(cast,
                () -> post("/rectifications/{id}/deadline", openTask).param("deadline", later).param("reason", "矩阵")));

        m.put("GET /revocation-proposals", list(cast, () -> get("/revocation-proposals").param("q", marker), marker));
        m.put("GET /revocation-proposals/export", page(cast,
                () -> get("/revocation-proposals/export").param("q", marker)));
        m.put("GET /revocation-proposals/{id}", page(cast, () -> get("/revocation-proposals/{id}", proposal)));
        m.put("POST /revocation-proposals/{id}/accept", action(cast,
                () -> multipart("/revocation-proposals/{id}/accept", freshProposal()).param("reason", "矩阵撤销")
                        .param("documentNumber", "衢市科协〔2080〕1号").param("decidedOn", today).param("confirmed", "true")));
        m.put("POST /revocation-proposals/{id}/dismiss", action(cast,
                () -> post("/revocation-proposals/{id}/dismiss", freshProposal()).param("note", "矩阵不予采纳")));

        m.put("GET /api/evaluations/results", list(city, () -> get("/api/evaluations/results").param("q", marker),
                marker));
        m.put("GET /api/evaluations/results/years", api(withResults, () -> get("/api/evaluations/results/years")));
        m.put("GET /api/evaluations/results/{year}", api(city, () -> get("/api/evaluations/results/{year}", YEAR)));
        m.put("GET /api/evaluations/results/{year}/document", api(city,
                () -> get("/api/evaluations/results/{year}/document", YEAR)));
        m.put("GET /api/evaluations/results/stations/{stationId}", api(city,
                () -> get("/api/evaluations/results/stations/{id}", station)));
        m.put("POST /api/evaluations/results/stations/{stationId}/corrections", api(cast,
                () -> json(post("/api/evaluations/results/stations/{id}/corrections", qualified()),
                        "{\"year\":" + YEAR + ",\"total\":76,\"reason\":\"矩阵更正\"}")));
        m.put("POST /api/evaluations/results/corrections/{id}/approve", api(cast,
                () -> post("/api/evaluations/results/corrections/{id}/approve", correction())));
        m.put("POST /api/evaluations/results/corrections/{id}/reject", api(cast,
                () -> json(post("/api/evaluations/results/corrections/{id}/reject", correction()),
                        "{\"note\":\"矩阵驳回\"}")));
        m.put("GET /api/rectifications", list(city, () -> get("/api/rectifications").param("q", marker), marker));
        m.put("GET /api/rectifications/{id}", api(city, () -> get("/api/rectifications/{id}", openTask)));
        m.put("POST /api/rectifications/{id}/report", api(nobody,
                () -> json(post("/api/rectifications/{id}/report", openTask), "{\"report\":\"越权\"}")));
        m.put("POST /api/rectifications/{id}/accept", api(cast,
                () -> post("/api/rectifications/{id}/accept", reported())));
        m.put("POST /api/rectifications/{id}/return", api(cast,
                () -> json(post("/api/rectifications/{id}/return", reported()), "{\"note\":\"矩阵退回\"}")));
        m.put("POST /api/rectifications/{id}/deadline", api(cast,
                () -> json(post("/api/rectifications/{id}/deadline", openTask),
                        "{\"deadline\":\"" + later + "\",\"reason\":\"矩阵\"}")));
        m.put("GET /api/revocation-proposals", list(cast, () -> get("/api/revocation-proposals").param("q", marker),
                marker));
        m.put("GET /api/revocation-proposals/{id}", api(cast, () -> get("/api/revocation-proposals/{id}", proposal)));
        m.put("POST /api/revocation-proposals/{id}/accept", api(cast,
                () -> json(post("/api/revocation-proposals/{id}/accept", freshProposal()),
                        "{\"reason\":\"矩阵撤销\",\"documentNumber\":\"衢市科协〔2080〕2号\",\"decidedOn\":\"" + today
                                + "\"}")));
        m.put("POST /api/revocation-proposals/{id}/dismiss", api(cast,
                () -> json(post("/api/revocation-proposals/{id}/dismiss", freshProposal()),
                        "{\"note\":\"矩阵不予采纳\"}")));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private ResultFixtures fixtures() {
        return context.getBean(ResultFixtures.class);
    }

    private long fresh(String prefix) {
        return fixtures().station(prefix + AccessMatrix.next(), LocalDate.of(2077, 1, 10));
    }

    /** A station with a QUALIFIED result of YEAR, to be corrected. */
    private long qualified() {
        long s = fresh("矩阵更正服务站");
        fixtures().publish(YEAR, s, Grade.QUALIFIED, new BigDecimal("70"));
        return s;
    }

    /** A correction proposed by the second city CAST account, for the world's city CAST to decide. */
    private long correction() {
        long s = qualified();
        return as(fixtures().secondCityCast(), () -> context.getBean(ResultCorrections.class).propose(s,
                new CorrectionCommand(YEAR, null, new BigDecimal("77"), "矩阵更正"))).id();
    }

    private long unqualifiedTwice(String name) {
        long s = fixtures().station(name, LocalDate.of(2077, 1, 10));
        fixtures().publish(YEAR - 1, s, Grade.UNQUALIFIED, new BigDecimal("40"));
        fixtures().publish(YEAR, s, Grade.UNQUALIFIED, new BigDecimal("41"));
        return s;
    }

    private long freshProposal() {
        return proposalOf(unqualifiedTwice("矩阵撤销建议服务站" + AccessMatrix.next()));
    }

    private long proposalOf(long station) {
        return as(world.user(Role.CITY_CAST), () -> context.getBean(RevocationProposals.class).list()).stream()
                .filter(p -> p.stationId() == station && p.status() == ProposalView.Status.OPEN).findFirst()
                .orElseThrow().id();
    }

    private long task(long station, int year) {
        return as(world.user(Role.CITY_CAST), () -> context.getBean(Rectifications.class).list(false)).stream()
                .filter(t -> t.stationId() == station && t.year() == year).findFirst().orElseThrow().id();
    }

    /** A task of a fresh unqualified station whose report (with a file) awaits the city CAST. */
    private long reported() {
        long s = fresh("矩阵整改服务站");
        fixtures().publish(YEAR, s, Grade.UNQUALIFIED, new BigDecimal("42"));
        long id = task(s, YEAR);
        as(context.getBean(ApplicationFixtures.class).cityApplicant(), () -> context.getBean(Rectifications.class)
                .submit(id, new RectificationReport("矩阵整改报告"), "整改.pdf", new ByteArrayInputStream(TestFiles.pdf())));
        return id;
    }

    private static <T> T as(PlatformUser user, java.util.function.Supplier<T> action) {
        return PlatformUser.runAs(user, action);
    }

}
