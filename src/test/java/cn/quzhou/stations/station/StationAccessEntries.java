package cn.quzhou.stations.station;

import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.NoticeFixtures;
import cn.quzhou.stations.application.JointRecognitionSteps;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The foreign station belongs to the city-direct unit: only the city offices see it. */
class StationAccessEntries implements AccessMatrix.Contribution {

    private static final String NAME = "矩阵外地登记服务站";

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        ApplicationFixtures applications = context.getBean(ApplicationFixtures.class);
        NoticeFixtures notices = context.getBean(NoticeFixtures.class);
        long app = notices.inPublicNotice(NAME, applications.newSociety(SocietyLevel.NATIONAL));
        // a notice already over (dated in the past), so that the shared clock is left alone
        long notice = notices.ended(List.of(app));
        JointRecognitionSteps.recognise(w, context.getBean(Recognitions.class), notice, new RecogniseCommand(null, null, null));
        long station = context.getBean(JdbcClient.class).sql("select id from station where application_id = ?")
                .param(app).query(Long.class).single();
        var city = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
        // a list is asked for the marker by keyword: on a busy database its first page may hold other rows
        m.put("GET /stations", list(city, () -> get("/stations").param("q", NAME), NAME));
        m.put("GET /stations/export", page(EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST,
                Role.CITY_TALENT), () -> get("/stations/export").param("q", NAME)));
        m.put("GET /stations/{id}", page(city, () -> get("/stations/{id}", station)));
        long shown = context.getBean(StationFixtures.class).recognisedCityDirect("矩阵佐证服务站");
        int year = java.time.LocalDate.now(context.getBean(java.time.Clock.class)).getYear();
        long evidenceId = ApplicationFixtures.as(applications.cityApplicant(), () -> context.getBean(StationEvidence.class)
                .record(shown, new EvidenceCommand(year, EvidenceKind.SALON_OR_SEMINAR,
                        java.time.LocalDate.of(year, 1, 1), "矩阵", null, null, null), "纪要.pdf",
                        new java.io.ByteArrayInputStream(cn.quzhou.stations.documents.TestFiles.pdf()))).id();
        var nobody = EnumSet.noneOf(Role.class);
        m.put("GET /stations/{id}/evidence", page(city, () -> get("/stations/{id}/evidence", shown)));
        m.put("POST /stations/{id}/evidence", AccessMatrix.Entry.action(nobody,
                () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/stations/{id}/evidence", shown)
                        .param("year", String.valueOf(year)).param("kind", "SALON_OR_SEMINAR")
                        .param("occurredOn", year + "-01-01").param("description", "越权")));
        m.put("POST /stations/{id}/evidence/{evidenceId}/withdraw", AccessMatrix.Entry.action(nobody,
                () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/stations/{id}/evidence/{evidenceId}/withdraw", shown, evidenceId).param("year", String.valueOf(year))));
        m.put("GET /stations/{id}/evidence/{evidenceId}/file", page(city,
                () -> get("/stations/{id}/evidence/{evidenceId}/file", shown, evidenceId)));
        m.put("GET /api/stations", AccessMatrix.Entry.list(city, () -> get("/api/stations").param("q", "矩阵佐证服务站"), "矩阵佐证服务站"));
        m.put("GET /api/stations/{id}", AccessMatrix.Entry.api(city, () -> get("/api/stations/{id}", shown)));
        m.put("GET /api/stations/{id}/evidence", AccessMatrix.Entry.api(city, () -> get("/api/stations/{id}/evidence", shown)));
        m.put("POST /api/stations/{id}/evidence", AccessMatrix.Entry.api(nobody,
                () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/stations/{id}/evidence", shown)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"kind\":\"SALON_OR_SEMINAR\",\"occurredOn\":\"" + year
                                + "-01-01\",\"description\":\"越权\"}")));
        m.put("GET /stations/{id}/evidence/export", page(city, () -> get("/stations/{id}/evidence/export", shown)));
        m.put("GET /stations/reports", AccessMatrix.Entry.list(city,
                () -> get("/stations/reports").param("q", "矩阵佐证服务站"), "矩阵佐证服务站"));
        m.put("GET /stations/reports/export", page(EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT,
                Role.CITY_CAST, Role.CITY_TALENT), () -> get("/stations/reports/export").param("q", "矩阵佐证服务站")));
        m.put("POST /stations/reports/due", AccessMatrix.Entry.action(EnumSet.of(Role.CITY_CAST),
                () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/stations/reports/due")
                        .param("year", "2099").param("planDueOn", "2099-02-01").param("summaryDueOn", "2099-03-01")));
        m.put("GET /stations/{id}/reports", page(city, () -> get("/stations/{id}/reports", shown)));
        m.put("POST /stations/{id}/reports", AccessMatrix.Entry.action(nobody,
                () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/stations/{id}/reports", shown)
                        .param("year", String.valueOf(year)).param("kind", "PLAN").param("content", "越权")));
        m.put("POST /stations/{id}/revoke", AccessMatrix.Entry.action(EnumSet.of(Role.CITY_CAST), () -> {
            long fresh = context.getBean(StationFixtures.class).recognisedCityDirect("矩阵撤销服务站" + AccessMatrix.next());
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/stations/{id}/revoke", fresh)
                    .param("cause", "NO_PROGRESS").param("reason", "矩阵").param("documentNumber", "衢市科协〔2026〕88号")
                    .param("decidedOn", year + "-01-01").param("confirmed", "true");
        }));
        m.put("POST /api/stations/{id}/revocation", AccessMatrix.Entry.api(EnumSet.of(Role.CITY_CAST), () -> {
            long fresh = context.getBean(StationFixtures.class).recognisedCityDirect("矩阵接口撤销服务站" + AccessMatrix.next());
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/stations/{id}/revocation", fresh)
                    .param("cause", "IP_INFRINGEMENT").param("reason", "矩阵").param("documentNumber", "衢市科协〔2026〕89号")
                    .param("decidedOn", year + "-01-01").param("confirmed", "true");
        }));
        m.put("GET /public/stations", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, AccessMatrix.ALL_ROLES, true,
                () -> get("/public/stations"), null));
    }
}
