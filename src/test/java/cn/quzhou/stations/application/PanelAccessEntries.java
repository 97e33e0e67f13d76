package cn.quzhou.stations.application;

import static cn.quzhou.stations.application.ApplicationFixtures.as;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.api;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static cn.quzhou.stations.testsupport.AccessMatrix.next;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.quzhou.stations.application.panel.ListCommand;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The panel's endpoints. Panel pages belong to the city CAST (the city talent office reads them);
 * sheet endpoints to the world's expert, on sheets assigned to that expert (fresh for each probe that
 * changes one). Every other role has neither permission; the data scope of sheets is tested in PanelTests.
 */
class PanelAccessEntries implements AccessMatrix.Contribution {

    private static final Set<Role> CITY = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
    private static final Set<Role> CITY_CAST = EnumSet.of(Role.CITY_CAST);
    private static final Set<Role> EXPERT = EnumSet.of(Role.EXPERT);

    private record Fresh(long panel, long application, long sheet) {
    }

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        PanelFixtures fixtures = context.getBean(PanelFixtures.class);
        ApplicationFixtures applications = context.getBean(ApplicationFixtures.class);
        ReviewPanels panels = context.getBean(ReviewPanels.class);
        Society society = applications.newSociety(SocietyLevel.NATIONAL);
        Fresh shown = fresh(fixtures, w, society);

        // the lists page: asked with the name the matrix's panels share (q), so one of them is found on a busy database
        m.put("GET /panels", AccessMatrix.Entry.list(CITY, () -> get("/panels").param("q", "矩阵评审小组"), "矩阵评审小组"));
        m.put("GET /panels/new", page(CITY_CAST, () -> get("/panels/new")));
        m.put("POST /panels/new", action(CITY_CAST, () -> {
            long app = fixtures.atPanelReview("矩阵组建" + next(), society);
            return post("/panels/new").param("name", "矩阵小组" + next()).param("year", "2026")
                    .param("expertIds", String.valueOf(w.expert.getId())).param("applicationIds", String.valueOf(app));
        }));
        m.put("GET /panels/{id}", page(CITY, () -> get("/panels/{id}", shown.panel())));
        m.put("POST /panels/{id}/assign", action(CITY_CAST, () -> {
            Fresh f = fresh(fixtures, w, society);
            PanelFixtures.ExpertAccount another = fixtures.clean("矩阵追加专家" + next());
            return post("/panels/{id}/assign", f.panel()).param("applicationId", String.valueOf(f.application()))
                    .param("expertId", String.valueOf(another.id()));
        }));
        m.put("POST /panels/{id}/list", action(CITY_CAST, () -> {
            Fresh f = scored(fixtures, panels, w, society);
            return post("/panels/{id}/list", f.panel()).param("decision." + f.application(), "RECOMMEND")
                    .param("sealConfirmed", "true").param("version", version(panels, w, f.panel()));
        }));
        m.put("POST /panels/{id}/submit", action(CITY_CAST, () -> {
            Fresh f = listed(fixtures, panels, w, society);
            return post("/panels/{id}/submit", f.panel()).param("sealConfirmed", "true")
                    .param("version", version(panels, w, f.panel()));
        }));
        m.put("GET /panels/sheets", page(EXPERT, () -> get("/panels/sheets").param("q", "矩阵评审")));
        m.put("GET /panels/sheets/{id}", page(EXPERT, () -> get("/panels/sheets/{id}", shown.sheet())));
        m.put("POST /panels/sheets/{id}", action(EXPERT, () -> {
            Fresh f = fresh(fixtures, w, society);
            MockHttpServletRequestBuilder b = post("/panels/sheets/{id}", f.sheet()).param("action", "save")
                    .param("comment", "矩阵草稿");
            fixtures.scores(new BigDecimal("80")).forEach((k, v) -> b.param("score." + k, v.toPlainString()));
            return b;
        }));
        m.put("POST /panels/sheets/{id}/conflict", action(EXPERT, () -> post("/panels/sheets/{id}/conflict",
                fresh(fixtures, w, society).sheet()).param("reason", "矩阵回避")));

        m.put("GET /api/panels/assignments", api(EXPERT, () -> get("/api/panels/assignments").param("q", "矩阵评审")));
        m.put("GET /api/panels/sheets/{id}", api(EXPERT, () -> get("/api/panels/sheets/{id}", shown.sheet())));
        m.put("PUT /api/panels/sheets/{id}", api(EXPERT, () -> put("/api/panels/sheets/{id}",
                fresh(fixtures, w, society).sheet()).contentType(MediaType.APPLICATION_JSON)
                .content(sheetJson(fixtures))));
        m.put("POST /api/panels/sheets/{id}/submit", api(EXPERT, () -> post("/api/panels/sheets/{id}/submit",
                fresh(fixtures, w, society).sheet()).contentType(MediaType.APPLICATION_JSON)
                .content(sheetJson(fixtures))));
        m.put("POST /api/panels/sheets/{id}/conflict", api(EXPERT, () -> post("/api/panels/sheets/{id}/conflict",
                fresh(fixtures, w, society).sheet()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"矩阵回避\"}")));
        m.put("GET /api/panels/policy", api(EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT, Role.EXPERT),
                () -> get("/api/panels/policy")));
        m.put("GET /api/panels", AccessMatrix.Entry.list(CITY, () -> get("/api/panels").param("q", "矩阵评审小组"), "矩阵评审小组"));
        m.put("POST /api/panels", api(CITY_CAST, () -> {
            long app = fixtures.atPanelReview("接口组建" + next(), society);
            return post("/api/panels").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"接口小组" + next()
                    + "\",\"year\":2026,\"expertIds\":[" + w.expert.getId() + "],\"applicationIds\":[" + app + "]}");
        }));
        m.put("POST /api/panels/{id}/assignments", api(CITY_CAST, () -> {
            Fresh f = fresh(fixtures, w, society);
            PanelFixtures.ExpertAccount another = fixtures.clean("接口追加专家" + next());
            return post("/api/panels/{id}/assignments", f.panel()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"applicationId\":" + f.application() + ",\"expertId\":" + another.id() + "}");
        }));
        m.put("GET /api/panels/{id}", api(CITY, () -> get("/api/panels/{id}", shown.panel())));
        m.put("POST /api/panels/{id}/list", api(CITY_CAST, () -> {
            Fresh f = scored(fixtures, panels, w, society);
            return post("/api/panels/{id}/list", f.panel()).contentType(MediaType.APPLICATION_JSON).content("""
                    {"decisions": [{"applicationId": %d, "recommend": true}], "sealConfirmed": true, "version": %s}"""
                    .formatted(f.application(), version(panels, w, f.panel())));
        }));
        m.put("POST /api/panels/{id}/submit", api(CITY_CAST, () -> {
            Fresh f = listed(fixtures, panels, w, society);
            return post("/api/panels/{id}/submit", f.panel()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\": %s, \"sealConfirmed\": true}".formatted(version(panels, w, f.panel())));
        }));
    }

    /** A fresh application at panel review before a fresh panel, assigned to the world's expert. */
    private static Fresh fresh(PanelFixtures fixtures, World w, Society society) {
        long app = fixtures.atPanelReview("矩阵评审" + next(), society);
        long panel = fixtures.form("矩阵评审小组" + next(), Set.of(w.expert.getId()), Set.of(app));
        PanelFixtures.ExpertAccount expert = new PanelFixtures.ExpertAccount(w.expert.getId(), "world",
                w.user(Role.EXPERT));
        return new Fresh(panel, app, fixtures.sheetOf(expert, app));
    }

    private static Fresh scored(PanelFixtures fixtures, ReviewPanels panels, World w, Society society) {
        Fresh f = fresh(fixtures, w, society);
        fixtures.score(new PanelFixtures.ExpertAccount(w.expert.getId(), "world", w.user(Role.EXPERT)), f.application(), "85");
        return f;
    }

    private static Fresh listed(PanelFixtures fixtures, ReviewPanels panels, World w, Society society) {
        Fresh f = scored(fixtures, panels, w, society);
        as(w.user(Role.CITY_CAST), () -> {
            panels.fixList(f.panel(), new ListCommand(java.util.List.of(new ListCommand.Decision(f.application(), true,
                    null)), null, true, panels.get(f.panel()).version()));
            return null;
        });
        return f;
    }

    private static String version(ReviewPanels panels, World w, long panel) {
        return String.valueOf(as(w.user(Role.CITY_CAST), () -> panels.get(panel).version()));
    }

    private static String sheetJson(PanelFixtures fixtures) {
        return "{\"scores\": {" + fixtures.scores(new BigDecimal("82.5")).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + e.getValue().toPlainString()).collect(Collectors.joining(", "))
                + "}, \"comment\": \"矩阵\"}";
    }
}
