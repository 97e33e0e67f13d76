package cn.quzhou.stations.notification;

import static cn.quzhou.stations.testsupport.AccessMatrix.ALL_ROLES;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 通知公告 in the access matrix: the city CAST manages them, everybody reads the published ones. */
class AnnouncementAccessEntries implements AccessMatrix.Contribution {

    private static final Set<Role> CITY_CAST = EnumSet.of(Role.CITY_CAST);

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long published = AnnouncementFixtures.insert(jdbc, "矩阵公告" + AccessMatrix.next(), "PUBLISHED");
        long draft = AnnouncementFixtures.insert(jdbc, "矩阵草稿" + AccessMatrix.next(), "DRAFT");

        m.put("GET /announcements", page(CITY_CAST, () -> get("/announcements")));
        m.put("GET /announcements/new", page(CITY_CAST, () -> get("/announcements/new")));
        m.put("POST /announcements", action(CITY_CAST, () -> post("/announcements").param("title", "矩阵新公告")
                .param("kind", "OTHER").param("body", "矩阵正文")));
        m.put("GET /announcements/{id}", page(CITY_CAST, () -> get("/announcements/{id}", draft)));
        m.put("GET /announcements/{id}/edit", page(CITY_CAST, () -> get("/announcements/{id}/edit", draft)));
        m.put("POST /announcements/{id}", action(CITY_CAST, () -> post("/announcements/{id}", draft)
                .param("title", "矩阵草稿改").param("kind", "OTHER").param("body", "矩阵正文")));
        m.put("POST /announcements/{id}/publish", action(CITY_CAST, () -> post("/announcements/{id}/publish",
                AnnouncementFixtures.insert(jdbc, "矩阵待发布" + AccessMatrix.next(), "DRAFT")).param("version", "0")));
        m.put("POST /announcements/{id}/withdraw", action(CITY_CAST, () -> post("/announcements/{id}/withdraw",
                AnnouncementFixtures.insert(jdbc, "矩阵待撤回" + AccessMatrix.next(), "PUBLISHED")).param("version", "0")));

        m.put("GET /public/announcements", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true,
                () -> get("/public/announcements"), null));
        m.put("GET /public/announcements/{id}", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true,
                () -> get("/public/announcements/{id}", published), null));
    }
}
