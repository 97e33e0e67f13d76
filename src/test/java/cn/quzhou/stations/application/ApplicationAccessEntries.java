package cn.quzhou.stations.application;

import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.api;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static cn.quzhou.stations.testsupport.AccessMatrix.next;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The application module's endpoints. The foreign record is an application of the city-direct
 * unit (市直 — outside 江山市, where every world account is bound), fresh for each probe that changes it.
 */
class ApplicationAccessEntries implements AccessMatrix.Contribution {

    private static final Set<Role> CITY = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);
    private static final Set<Role> REVIEWERS = EnumSet.of(Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST,
            Role.CITY_TALENT);
    private static final String MARKER = "矩阵外地服务站";

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        ApplicationFixtures fixtures = context.getBean(ApplicationFixtures.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Society society = fixtures.newSociety(SocietyLevel.PROVINCIAL);
        long listed = fixtures.submittedCityDirect(MARKER, society);

        m.put("GET /applications", list(CITY, () -> get("/applications").param("q", MARKER), MARKER));
        // every role reading applications exports its own scope's rows (the list's data scope, asked with the marker)
        m.put("GET /applications/export", page(EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT,
                Role.CITY_CAST, Role.CITY_TALENT, Role.EXPERT), () -> get("/applications/export").param("q", MARKER)));
        m.put("GET /applications/{id}", page(CITY, () -> get("/applications/{id}", listed)));
        m.put("GET /applications/{id}/personal/{field}", page(CITY,
                () -> get("/applications/{id}/personal/{field}", listed, "contactMobile")));
        m.put("GET /applications/new", page(EnumSet.of(Role.APPLICANT), () -> get("/applications/new")));
        m.put("POST /applications/new", action(EnumSet.of(Role.APPLICANT),
                () -> draft(post("/applications/new"), "矩阵草稿" + next())));
        // Art. 3(6) on the form: the foreign application may be left out of the answer only by who may see it
        m.put("GET /applications/society-check", page(EnumSet.of(Role.CITY_CAST), () -> get("/applications/society-check")
                .param("societyId", String.valueOf(society.getId())).param("applicationId", String.valueOf(listed))));
        m.put("GET /applications/paper/new", page(EnumSet.of(Role.CITY_CAST),
                () -> get("/applications/paper/new").param("unitId", String.valueOf(w.cityUnit.getId()))));
        m.put("POST /api/applications/paper", api(EnumSet.of(Role.CITY_CAST), () -> post("/api/applications/paper")
                .param("unitId", String.valueOf(w.cityUnit.getId())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"stationName\": \"矩阵接口纸质" + AccessMatrix.next() + "\"}")));
        m.put("POST /applications/paper/new", action(EnumSet.of(Role.CITY_CAST),
                () -> draft(post("/applications/paper/new").param("unitId", String.valueOf(w.cityUnit.getId())), "矩阵纸质")));
        // a returned application of the foreign unit: only that unit may edit it, nobody of the world
        m.put("GET /applications/{id}/edit", page(NOBODY, () -> get("/applications/{id}/edit", listed)));
        m.put("POST /applications/{id}/edit", action(NOBODY, () -> draft(post("/applications/{id}/edit", listed)
                .param("version", version(jdbc, listed)), "越权修改")));
        // 撤回 and deleting are the foreign unit's own: nobody of the world, whatever they see (the tick given)
        m.put("POST /applications/{id}/withdraw", action(NOBODY, () -> post("/applications/{id}/withdraw", listed)
                .param("version", version(jdbc, listed)).param("confirmed", "true")));
        m.put("POST /applications/{id}/delete", action(NOBODY, () -> post("/applications/{id}/delete", listed)
                .param("version", version(jdbc, listed)).param("confirmed", "true")));
        long attachment = jdbc.sql("select id from application_attachment where application_id = ?").param(listed)
                .query(Long.class).single();
        m.put("GET /applications/{id}/attachments/{attachmentId}", page(CITY,
                () -> get("/applications/{id}/attachments/{attachmentId}", listed, attachment)));
        m.put("POST /applications/{id}/attachments", action(NOBODY, () -> multipart("/applications/{id}/attachments", listed)
                .file(new MockMultipartFile("file", "越权.pdf", "application/pdf", TestFiles.pdf())).param("kind", "OTHER")));
        m.put("POST /applications/{id}/attachments/{attachmentId}/remove", action(NOBODY,
                () -> post("/applications/{id}/attachments/{attachmentId}/remove", listed, attachment)));
        m.put("GET /api/applications", list(CITY, () -> get("/api/applications").param("q", MARKER), MARKER));
        m.put("GET /api/applications/{id}", api(CITY, () -> get("/api/applications/{id}", listed)));
        m.put("POST /api/applications", api(EnumSet.of(Role.APPLICANT), () -> post("/api/applications")
                .contentType(MediaType.APPLICATION_JSON).content("{\"stationName\":\"接口矩阵\"}")));
        m.put("PUT /api/applications/{id}", api(NOBODY, () -> put("/api/applications/{id}", listed)
                .param("version", version(jdbc, listed)).contentType(MediaType.APPLICATION_JSON).content("{}")));
        m.put("POST /api/applications/{id}/submit", api(NOBODY, () -> post("/api/applications/{id}/submit", listed)
                .param("version", version(jdbc, listed))));
        m.put("POST /api/applications/{id}/decisions", api(EnumSet.of(Role.CITY_CAST), () -> {
            long fresh = fixtures.submittedCityDirect("接口矩阵审核" + next(), society);
            return post("/api/applications/{id}/decisions", fresh).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"decision\":\"PASS\",\"opinion\":\"同意\",\"sealConfirmed\":true,\"version\":"
                            + version(jdbc, fresh) + "}");
        }));
        m.put("POST /api/applications/{id}/attachments", api(NOBODY, () -> multipart("/api/applications/{id}/attachments", listed)
                .file(new MockMultipartFile("file", "越权.pdf", "application/pdf", TestFiles.pdf())).param("kind", "OTHER")));
        m.put("GET /api/applications/{id}/attachments/{attachmentId}", api(CITY,
                () -> get("/api/applications/{id}/attachments/{attachmentId}", listed, attachment)));
        m.put("GET /applications/{id}/pdf", page(CITY, () -> get("/applications/{id}/pdf", listed)));
        // seals: each reviewing office manages its own; nobody else has one
        OfficeSeals seals = context.getBean(OfficeSeals.class);
        for (Role office : REVIEWERS) {
            ApplicationFixtures.as(w.user(office), () -> seals.upload("公章.png",
                    new java.io.ByteArrayInputStream(TestFiles.png())));
        }
        m.put("GET /applications/seal", page(REVIEWERS, () -> get("/applications/seal")));
        m.put("GET /applications/seal/image", page(REVIEWERS, () -> get("/applications/seal/image")));
        m.put("POST /applications/seal", action(REVIEWERS, () -> multipart("/applications/seal")
                .file(new MockMultipartFile("file", "公章.png", "image/png", TestFiles.png()))));
        // a fresh city-direct application at city CAST review: only the city CAST decides it
        // 批量通过: the county CAST's, on the applications waiting at its review (each probe passes a fresh one)
        m.put("POST /applications/batch-pass", action(EnumSet.of(Role.COUNTY_CAST), () -> post("/applications/batch-pass")
                .param("ids", String.valueOf(fixtures.submittedHome("矩阵批量" + AccessMatrix.next(),
                        fixtures.newSociety(cn.quzhou.stations.organisation.SocietyLevel.NATIONAL))))
                .param("opinion", "矩阵批量同意").param("sealConfirmed", "true").param("confirmed", "true")));
        m.put("POST /applications/{id}/review", action(EnumSet.of(Role.CITY_CAST), () -> {
            long fresh = fixtures.submittedCityDirect("矩阵审核" + next(), society);
            return post("/applications/{id}/review", fresh).param("decision", "PASS").param("opinion", "同意")
                    .param("sealConfirmed", "true").param("version", version(jdbc, fresh));
        }));
    }

    private static MockHttpServletRequestBuilder draft(MockHttpServletRequestBuilder b, String stationName) {
        return b.param("stationName", stationName).param("action", "save");
    }

    private static String version(JdbcClient jdbc, long id) {
        return String.valueOf(jdbc.sql("select version from application where id = ?").param(id).query(Integer.class).single());
    }
}
