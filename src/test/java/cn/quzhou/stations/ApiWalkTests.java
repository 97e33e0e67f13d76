package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.funding.FundingFixtures;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #13's end-to-end walk, through {@code /api/**} only (and the public objection): a 江山 unit's draft goes through
 * the county and city reviews, a panel, the public notice (where an objection is dismissed) to recognition; the
 * station then takes part in an evaluation year (self-report, county steps, an expert's judgement, verification,
 * decision, approval, publication) and its first instalment is paid and approved. Every step is taken by the account
 * whose step it is, with its own bearer token; the shared test clock carries the walk through the year. Setting up is
 * limited to what the API cannot do: accounts and their tokens, and the date.
 */
class ApiWalkTests extends PlatformTest {

    /** Years no other test evaluates; the walk takes the first one without a round, so it can run again. */
    private static final List<Integer> YEARS = List.of(2031, 2032, 2033, 2034, 2035, 2037, 2038, 2039);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    AccessTokens tokens;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    FundingFixtures funding;

    @Autowired
    JsonMapper json;

    private int year;

    @Test
    void anApplicationGoesFromDraftToRecognitionEvaluationAndPaymentThroughTheApiOnly() throws Exception {
        world.ensure();
        year = freeYear();
        Instant before = clock.set(noon(LocalDate.of(year, 3, 1)));
        try {
            assertThat(read(call(Role.APPLICANT, get("/api/platform/date"), 200)).read("$.today", String.class))
                    .isEqualTo(year + "-03-01");
            String station = "接口全程服务站" + year + "-" + System.nanoTime() % 100_000;
            long application = recognised(station);
            long stationId = read(call(Role.CITY_CAST, get("/api/stations").param("q", station), 200))
                    .read("$.items[0].id", Long.class);
            evidence(stationId);
            long report = evaluated(station);
            assertThat(read(call(Role.CITY_CAST, get("/api/evaluations/results/{year}", year).param("q", station), 200))
                    .read("$.items[0].grade", String.class)).isIn("EXCELLENT", "QUALIFIED");
            assertThat(read(call(Role.APPLICANT, get("/api/evaluations/reports/{id}/result", report), 200))
                    .read("$.grade", String.class)).isIn("EXCELLENT", "QUALIFIED");
            paid(station, stationId);
            assertThat(read(call(Role.APPLICANT, get("/api/applications/{id}", application), 200))
                    .read("$.status", String.class)).isEqualTo("RECOGNISED");
        } finally {
            clock.set(before);
        }
    }

    // ---- draft → recognition ------------------------------------------------------------------------------------

    private long recognised(String station) throws Exception {
        long society = read(call(Role.CITY_CAST, json(post("/api/societies"), Map.of("name", "接口全程学会"
                + System.nanoTime() % 1_000_000, "level", "NATIONAL")), 201)).read("$.id", Long.class);
        long app = submitted(station, society);
        int version = version(Role.COUNTY_CAST, app);
        for (Role office : List.of(Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST)) {
            version = read(call(office, json(post("/api/applications/{id}/decisions", app), Map.of("decision", "PASS",
                    "opinion", "同意推荐。", "sealConfirmed", true, "version", version)), 200)).read("$.version", Integer.class);
        }
        panel(app, station);
        call(Role.CITY_TALENT, json(post("/api/applications/{id}/decisions", app), Map.of("decision", "PASS",
                "opinion", "同意公示。", "sealConfirmed", true, "version", version(Role.CITY_TALENT, app))), 200);
        long notice = notice(app);
        DocumentContext preview = read(call(Role.CITY_CAST, get("/api/notices/{id}/recognition-preview", notice), 200));
        assertThat(preview.read("$.possible", Boolean.class)).as(preview.jsonString()).isTrue();
        // the joint document: the city CAST prepares it (no number yet), the city talent office confirms it
        DocumentContext prepared = read(call(Role.CITY_CAST, json(post("/api/notices/{id}/recognition", notice),
                Map.of()), 201));
        assertThat(prepared.read("$.status", String.class)).isEqualTo("PREPARED");
        call(Role.CITY_CAST, json(post("/api/notices/{id}/recognition/confirmation", notice), Map.of()), 403);
        DocumentContext recognition = read(call(Role.CITY_TALENT, json(post("/api/notices/{id}/recognition/confirmation",
                notice), Map.of("version", prepared.read("$.version", Integer.class))), 201));
        assertThat(recognition.read("$.number", String.class)).matches("衢市科协〔\\d{4}〕\\d+号");
        assertThat(recognition.read("$.confirmed.name", String.class)).isNotBlank();
        return app;
    }

    private long submitted(String station, long society) throws Exception {
        // the fixture's complete form, with the society made through the API and the agreement signed this year
        Society unsaved = new Society(new SocietyCommand("接口学会", SocietyLevel.NATIONAL, null, null, null));
        @SuppressWarnings("unchecked")
        Map<String, Object> form = json.readValue(json.writeValueAsString(applications.completeDraft(station, unsaved)),
                Map.class);
        form.put("societyId", society);
        form.put("agreementSignedOn", year + "-03-01");
        String draft = json.writeValueAsString(form);
        DocumentContext created = read(call(Role.APPLICANT, post("/api/applications")
                .contentType(MediaType.APPLICATION_JSON).content(draft), 201));
        long app = created.read("$.id", Long.class);
        call(Role.APPLICANT, multipart("/api/applications/{id}/attachments", app).file(new MockMultipartFile("file",
                "共建协议.pdf", "application/pdf", TestFiles.pdf())).param("kind", "AGREEMENT"), 201);
        DocumentContext submitted = read(call(Role.APPLICANT, post("/api/applications/{id}/submit", app)
                .param("version", String.valueOf(created.read("$.version", Integer.class))), 200));
        assertThat(submitted.read("$.status", String.class)).isEqualTo("COUNTY_CAST_REVIEW");
        return app;
    }

    /** The pool expert scores full marks; the city CAST recommends and submits the list. */
    private void panel(long app, String station) throws Exception {
        long panel = read(call(Role.CITY_CAST, json(post("/api/panels"), Map.of("name", "接口全程评审组" + year,
                "year", year, "expertIds", List.of(world.expert.getId()), "applicationIds", List.of(app))), 201))
                .read("$.id", Long.class);
        DocumentContext policy = read(call(Role.EXPERT, get("/api/panels/policy"), 200));
        List<String> codes = policy.read("$.criteria[*].code");
        List<Number> maxima = policy.read("$.criteria[*].maxPoints");
        Map<String, Number> scores = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            scores.put(codes.get(i), maxima.get(i));
        }
        long sheet = read(call(Role.EXPERT, get("/api/panels/assignments").param("q", station), 200))
                .read("$.items[0].id", Long.class);
        call(Role.EXPERT, json(post("/api/panels/sheets/{id}/submit", sheet), Map.of("scores", scores,
                "comment", "同意推荐。")), 200);
        int version = read(call(Role.CITY_CAST, get("/api/panels/{id}", panel), 200)).read("$.version", Integer.class);
        version = read(call(Role.CITY_CAST, json(post("/api/panels/{id}/list", panel), Map.of("decisions",
                List.of(Map.of("applicationId", app, "recommend", true)), "sealConfirmed", true, "version", version)), 200))
                .read("$.version", Integer.class);
        call(Role.CITY_CAST, json(post("/api/panels/{id}/submit", panel), Map.of("version", version,
                "sealConfirmed", true)), 200);
    }

    /** Opens the notice today; a member of the public objects, the city CAST dismisses it; the notice period ends. */
    private long notice(long app) throws Exception {
        DocumentContext defaults = read(call(Role.CITY_CAST, get("/api/notices/defaults"), 200));
        LocalDate end = LocalDate.parse(defaults.read("$.endDate", String.class));
        long notice = read(call(Role.CITY_CAST, json(post("/api/notices"), Map.of("startDate", today().toString(),
                "endDate", end.toString(), "applicationIds", List.of(app))), 201)).read("$.id", Long.class);
        MockHttpServletResponse objected = mvc.perform(json(post("/public/api/notices/{id}/objections", notice),
                Map.of("applicationId", app, "name", "王异议", "contact", "13500000000",
                        "content", "该单位专家团队在站时间不足。")).with(r -> {
                            r.setRemoteAddr("10.7." + year % 256 + ".1");
                            return r;
                        })).andReturn().getResponse();
        assertThat(objected.getStatus()).as(objected.getContentAsString()).isEqualTo(202);
        DocumentContext blocked = read(call(Role.CITY_CAST, get("/api/notices/{id}/recognition-preview", notice), 200));
        assertThat(blocked.read("$.blockers[*].code", List.class)).contains("notice.error.notEnded",
                "notice.error.openObjections");
        assertThat(blocked.read("$.blockers[*].message", List.class))
                .contains("尚有 1 条异议未处理，处理完毕后方可认定。");
        DocumentContext objection = read(call(Role.CITY_CAST, get("/api/notices/{id}/objections", notice), 200));
        assertThat(objection.read("$.items[0].status", String.class)).isEqualTo("OPEN");
        call(Role.CITY_CAST, json(post("/api/notices/objections/{id}/resolution",
                objection.read("$.items[0].id", Long.class)), Map.of("upheld", false,
                "reason", "经核实，异议不成立。", "version", objection.read("$.items[0].version", Integer.class))), 200);
        clock.set(noon(end.plusDays(1)));
        return notice;
    }

    // ---- the evaluation year -------------------------------------------------------------------------------------

    private void evidence(long stationId) throws Exception {
        for (String kind : List.of("ENTERPRISE_INTRODUCED", "SALON_OR_SEMINAR", "SALON_OR_SEMINAR",
                "REPORT_WITH_ADVICE", "REPORT_WITH_ADVICE", "TECHNICAL_PROBLEM_SOLVED")) {
            call(Role.APPLICANT, json(post("/api/stations/{id}/evidence", stationId), Map.of("year", year,
                    "kind", kind, "occurredOn", today().toString(), "description", "接口佐证：" + kind)), 201);
        }
    }

    /** Opens the year, the unit reports, the county offices pass it on, the expert judges, the city publishes. */
    private long evaluated(String station) throws Exception {
        clock.set(noon(LocalDate.of(year + 1, 1, 5)));
        call(Role.CITY_CAST, json(post("/api/evaluations"), Map.of("year", year,
                "reportDeadline", (year + 1) + "-01-20")), 201);
        DocumentContext line = read(call(Role.APPLICANT, get("/api/evaluations/reports").param("year",
                String.valueOf(year)).param("q", station), 200));
        long report = line.read("$.items[0].id", Long.class);
        int version = read(call(Role.APPLICANT, json(put("/api/evaluations/reports/{id}", report), Map.of(
                "summary", "年度工作总结。", "parts", List.of("A1.1:OFFICE", "A1.1:STAFF", "A1.2:RULES",
                        "A1.2:FUNDS_PROPER", "A1.2:HOST_FUNDING", "A1.2:DATABASES", "A2.2:CONTENT", "A2.2:AGREEMENT_PLAN"),
                "reach", "PROVINCE", "coverage", 100, "version", line.read("$.items[0].version", Integer.class))), 200))
                .read("$.report.version", Integer.class);
        version = route(Role.APPLICANT, "/api/evaluations/reports/{id}/submit", report, Map.of("version", version));
        version = route(Role.COUNTY_CAST, "/api/evaluations/reports/{id}/county-check", report,
                Map.of("decision", "PASS", "opinion", "真实完整。", "version", version));
        version = route(Role.COUNTY_TALENT, "/api/evaluations/reports/{id}/county-forward", report,
                Map.of("decision", "PASS", "opinion", "报送。", "version", version));
        // the round's experts are assigned to the reports before the city CAST once they reach it
        call(Role.CITY_CAST, json(post("/api/evaluations/{year}/experts", year),
                Map.of("expertIds", List.of(world.expert.getId()))), 200);
        List<Number> assigned = read(call(Role.EXPERT, get("/api/evaluations/assignments"), 200))
                .read("$[*].judgement.reportId");
        assertThat(assigned.stream().map(Number::longValue)).contains(report);
        call(Role.EXPERT, json(post("/api/evaluations/reports/{id}/judgement", report), Map.of("judgement", 4,
                "comment", "效益明显。")), 200);
        clock.set(noon(LocalDate.of(year + 1, 2, 1))); // past the deadline: whoever did not report is NOT_SUBMITTED
        version = read(call(Role.CITY_CAST, get("/api/evaluations/reports/{id}", report), 200))
                .read("$.report.version", Integer.class);
        route(Role.CITY_CAST, "/api/evaluations/reports/{id}/city-decision", report,
                Map.of("decision", "VERIFY", "version", version));
        published();
        return report;
    }

    private void published() throws Exception {
        DocumentContext preview = read(call(Role.CITY_CAST, get("/api/evaluations/{year}/preview", year), 200));
        assertThat(preview.read("$.blocking", List.class)).isEmpty();
        int version = preview.read("$.round.version", Integer.class);
        version = round(Role.CITY_CAST, "decision", Map.of("decidedOn", today().toString(),
                "meetingReference", "市科协党组会议〔" + (year + 1) + "〕2号", "version", version));
        version = round(Role.CITY_CAST, "report-to-talent", Map.of("version", version));
        version = round(Role.CITY_TALENT, "talent-decision", Map.of("decision", "APPROVE", "opinion", "同意。",
                "version", version));
        DocumentContext round = read(call(Role.CITY_CAST, json(post("/api/evaluations/{year}/publish", year),
                Map.of("version", version)), 200));
        assertThat(round.read("$.status", String.class)).isEqualTo("PUBLISHED");
    }

    // ---- the grant -----------------------------------------------------------------------------------------------

    /** The world's city CAST records the first instalment (idempotently); a second city CAST official approves it. */
    private void paid(String station, long stationId) throws Exception {
        DocumentContext instalment = read(call(Role.CITY_CAST, get("/api/funding/instalments").param("q", station)
                .param("year", String.valueOf(year)), 200));
        Object amount = instalment.read("$.items[0].amount");
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = Map.of("paidOn", today().toString(), "amount", amount,
                "documentNumber", "衢财拨〔" + (year + 1) + "〕1号", "bankReference", "BANK-" + key);
        AbstractMockHttpServletRequestBuilder<?> pay = json(post("/api/funding/stations/{id}/years/{year}/payment",
                stationId, year), payment).header("Idempotency-Key", key);
        long paymentId = read(call(Role.CITY_CAST, pay, 201)).read("$.id", Long.class);
        String approver = ApiTokens.create(funding.secondCityCast(), tokens, "接口全程复核", 30);
        MockHttpServletResponse approved = mvc.perform(ApiTokens.bearer(post("/api/funding/payments/{id}/approval",
                paymentId), approver)).andReturn().getResponse();
        assertThat(approved.getStatus()).as(approved.getContentAsString()).isEqualTo(200);
        assertThat(read(approved.getContentAsString()).read("$.status", String.class)).isEqualTo("APPROVED");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private int freeYear() throws Exception {
        List<Integer> taken = read(call(Role.CITY_CAST, get("/api/evaluations"), 200)).read("$[*].year");
        return YEARS.stream().filter(y -> !taken.contains(y)).findFirst().orElseThrow(
                () -> new IllegalStateException("every walk year is evaluated already: use a fresh database"));
    }

    private int version(Role role, long app) throws Exception {
        return read(call(role, get("/api/applications/{id}", app), 200)).read("$.version", Integer.class);
    }

    /** A step of the report's route; every step answers the report's whole sheet, as GET does. */
    private int route(Role role, String path, long report, Map<String, Object> body) throws Exception {
        return read(call(role, json(post(path, report), body), 200)).read("$.report.version", Integer.class);
    }

    private int round(Role role, String step, Map<String, Object> body) throws Exception {
        return read(call(role, json(post("/api/evaluations/{year}/" + step, year), body), 200))
                .read("$.version", Integer.class);
    }

    private AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request, Object body)
            throws Exception {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    /** The answer's body, after checking its status (a refusal shows its problem in the assertion). */
    private String call(Role role, AbstractMockHttpServletRequestBuilder<?> request, int expected) throws Exception {
        MockHttpServletResponse r = mvc.perform(ApiTokens.bearer(request, ApiTokens.of(role, world, tokens)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as("%s %s", role, r.getContentAsString()).isEqualTo(expected);
        return r.getContentAsString();
    }

    private static DocumentContext read(String body) {
        return JsonPath.parse(body);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BEIJING);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(BEIJING).toInstant();
    }
}
