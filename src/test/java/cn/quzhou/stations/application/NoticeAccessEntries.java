package cn.quzhou.stations.application;

import static cn.quzhou.stations.testsupport.AccessMatrix.ALL_ROLES;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.api;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static cn.quzhou.stations.testsupport.AccessMatrix.next;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.notice.ObjectionCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public notice, objection, recognition and calendar endpoints. Notices list applications of
 * the city-direct unit; every probe that changes something gets its own fresh record (and, for the
 * public objection form, its own client address so the rate limit does not interfere).
 */
class NoticeAccessEntries implements AccessMatrix.Contribution {

    private static final Set<Role> CITY = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
    private static final Set<Role> CITY_CAST = EnumSet.of(Role.CITY_CAST);
    private static final Set<Role> CITY_TALENT = EnumSet.of(Role.CITY_TALENT);
    private static final Set<Role> CALENDAR = EnumSet.of(Role.CITY_CAST, Role.SYSTEM_ADMIN);
    /** The title of the matrix's notice: the lists page, so they are asked with it ({@code q}) on a busy database. */
    private static final String MARKER = "矩阵公示标题";

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        NoticeFixtures fixtures = context.getBean(NoticeFixtures.class);
        ApplicationFixtures applications = context.getBean(ApplicationFixtures.class);
        PublicNotices notices = context.getBean(PublicNotices.class);
        Recognitions recognitions = context.getBean(Recognitions.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);

        long listed = fixtures.inPublicNotice("矩阵公示服务站", applications.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.runningToday(MARKER, List.of(listed));
        notices.object(new ObjectionCommand(notice, listed, "矩阵异议人", "13500000000", "矩阵异议", null), "证据.pdf",
                new ByteArrayInputStream(TestFiles.pdf()), "10.9.0.1");
        long withFile = jdbc.sql("select max(id) from notice_objection where notice_id = ?").param(notice)
                .query(Long.class).single();
        long recognisedNotice = fixtures.ended(List.of(fixtures.inPublicNotice("矩阵认定服务站",
                applications.newSociety(SocietyLevel.NATIONAL))));
        long recognised = JointRecognitionSteps.recognise(w, recognitions, recognisedNotice,
                new RecogniseCommand(null, null, null));
        // a notice whose joint document the city CAST prepared (a fresh one for each probe of the talent office)
        java.util.function.LongSupplier prepared = () -> {
            long ended = fixtures.ended(List.of(fixtures.inPublicNotice("矩阵待确认" + next(),
                    applications.newSociety(SocietyLevel.NATIONAL))));
            ApplicationFixtures.as(w.user(Role.CITY_CAST), () -> recognitions.prepare(ended, new RecogniseCommand(null, null, null)));
            return ended;
        };

        m.put("GET /applications/notices", list(CITY, () -> get("/applications/notices").param("q", MARKER), MARKER));
        m.put("GET /applications/notices/export", page(CITY, () -> get("/applications/notices/export").param("q", MARKER)));
        m.put("GET /applications/notices/new", page(CITY_CAST, () -> get("/applications/notices/new")));
        m.put("POST /applications/notices", action(CITY_CAST, () -> {
            long fresh = fixtures.inPublicNotice("矩阵新公示" + next(), applications.newSociety(SocietyLevel.NATIONAL));
            String today = fixtures.today().toString();
            return post("/applications/notices").param("applicationIds", String.valueOf(fresh))
                    .param("startDate", today).param("endDate", today);
        }));
        m.put("GET /applications/notices/{id}", page(CITY, () -> get("/applications/notices/{id}", notice)));
        m.put("POST /applications/notices/{id}/objections/{objectionId}/resolve", action(CITY_CAST, () -> {
            long objection = fixtures.objection(notice, listed, "10.9.1." + next());
            return post("/applications/notices/{id}/objections/{objectionId}/resolve", notice, objection)
                    .param("upheld", "false").param("reason", "矩阵处理").param("version", "0");
        }));
        m.put("GET /applications/notices/{id}/objections/{objectionId}/attachment", page(CITY,
                () -> get("/applications/notices/{id}/objections/{objectionId}/attachment", notice, withFile)));
        m.put("POST /applications/notices/{id}/recognise", action(CITY_CAST, () -> {
            long ended = fixtures.ended(List.of(fixtures.inPublicNotice("矩阵待认定" + next(),
                    applications.newSociety(SocietyLevel.NATIONAL))));
            return post("/applications/notices/{id}/recognise", ended).param("confirmed", "true");
        }));
        m.put("POST /applications/notices/{id}/recognition/confirm", action(CITY_TALENT,
                () -> post("/applications/notices/{id}/recognition/confirm", prepared.getAsLong()).param("confirmed", "true")));
        m.put("POST /applications/notices/{id}/recognition/return", action(CITY_TALENT,
                () -> post("/applications/notices/{id}/recognition/return", prepared.getAsLong()).param("reason", "矩阵退回")));
        m.put("GET /applications/recognitions/{id}", page(CITY, () -> get("/applications/recognitions/{id}", recognised)));
        m.put("GET /applications/recognitions/{id}/pdf", page(CITY, () -> get("/applications/recognitions/{id}/pdf", recognised)));

        m.put("GET /applications/calendar", page(CALENDAR, () -> get("/applications/calendar")));
        m.put("POST /applications/calendar", action(CALENDAR, () -> post("/applications/calendar")
                .param("day", LocalDate.of(2090, 1, 1).plusDays(next()).toString()).param("kind", "HOLIDAY").param("name", "矩阵假日")));
        m.put("POST /applications/calendar/{day}/remove", action(CALENDAR, () -> {
            LocalDate day = LocalDate.of(2095, 1, 1).plusDays(next());
            jdbc.sql("insert into working_calendar_day (day, kind, name, updated_by, updated_at) values (?, 'HOLIDAY', '矩阵', 'test', now())")
                    .param(day).update();
            return post("/applications/calendar/{day}/remove", day.toString());
        }));

        // public: everybody, signed in or not
        m.put("GET /public/notices", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true,
                () -> get("/public/notices").param("q", MARKER), null));
        m.put("GET /public/api/notices", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true,
                () -> get("/public/api/notices").param("q", MARKER), null));
        m.put("POST /public/notices/objections", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true,
                () -> multipart("/public/notices/objections").param("applicationId", String.valueOf(listed))
                        .param("name", "矩阵公众").param("contact", "13511112222").param("content", "矩阵异议内容")
                        .with(request -> {
                            request.setRemoteAddr("10.9.2." + next());
                            return request;
                        }), null));

        // the objection look-up: everybody, each probe from its own address (misses are limited per address)
        m.put("GET /public/objections/lookup", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true,
                () -> get("/public/objections/lookup"), null));
        m.put("POST /public/objections/lookup", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true,
                () -> post("/public/objections/lookup").param("receipt", "YY2026-0000-0000").param("contactTail", "0000")
                        .with(request -> {
                            request.setRemoteAddr("10.9.5." + next());
                            return request;
                        }), null));

        // the public JSON objection: everybody, each call from its own address (the limit is per address)
        m.put("POST /public/api/notices/{id}/objections", new AccessMatrix.Entry(AccessMatrix.Kind.API, ALL_ROLES, true,
                () -> post("/public/api/notices/{id}/objections", notice).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\": %d, \"name\": \"矩阵公众\", \"contact\": \"13511112222\", \"content\": \"矩阵异议\"}"
                                .formatted(listed))
                        .with(request -> {
                            request.setRemoteAddr("10.9.4." + next());
                            return request;
                        }), null));

        // the JSON API
        m.put("GET /api/platform/date", api(ALL_ROLES, () -> get("/api/platform/date")));
        m.put("GET /api/notices/defaults", api(CITY_CAST, () -> get("/api/notices/defaults")));
        m.put("GET /api/notices", list(CITY, () -> get("/api/notices").param("q", MARKER), MARKER));
        m.put("GET /api/notices/{id}", api(CITY, () -> get("/api/notices/{id}", notice)));
        m.put("GET /api/notices/{id}/recognition-preview", api(CITY,
                () -> get("/api/notices/{id}/recognition-preview", notice)));
        m.put("GET /api/notices/{id}/objections", list(CITY, () -> get("/api/notices/{id}/objections", notice)
                .param("q", "矩阵异议人"), "矩阵异议人"));
        m.put("POST /api/notices", api(CITY_CAST, () -> {
            long fresh = fixtures.inPublicNotice("矩阵接口公示" + next(), applications.newSociety(SocietyLevel.NATIONAL));
            return post("/api/notices").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"applicationIds\": [" + fresh + "]}");
        }));
        m.put("POST /api/notices/objections/{objectionId}/resolution", api(CITY_CAST, () -> {
            long objection = fixtures.objection(notice, listed, "10.9.3." + next());
            return post("/api/notices/objections/{objectionId}/resolution", objection).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"upheld\": false, \"reason\": \"矩阵\", \"version\": 0}");
        }));
        m.put("POST /api/notices/{id}/recognition", api(CITY_CAST, () -> {
            long ended = fixtures.ended(List.of(fixtures.inPublicNotice("矩阵接口认定" + next(),
                    applications.newSociety(SocietyLevel.NATIONAL))));
            return post("/api/notices/{id}/recognition", ended).contentType(MediaType.APPLICATION_JSON).content("{}");
        }));
        m.put("GET /api/notices/{id}/recognition", api(CITY, () -> get("/api/notices/{id}/recognition", recognisedNotice)));
        m.put("POST /api/notices/{id}/recognition/confirmation", api(CITY_TALENT,
                () -> post("/api/notices/{id}/recognition/confirmation", prepared.getAsLong())
                        .contentType(MediaType.APPLICATION_JSON).content("{}")));
        m.put("POST /api/notices/{id}/recognition/return", api(CITY_TALENT,
                () -> post("/api/notices/{id}/recognition/return", prepared.getAsLong())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"矩阵退回\"}")));
    }
}
