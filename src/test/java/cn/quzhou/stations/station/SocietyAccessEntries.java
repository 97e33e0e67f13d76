package cn.quzhou.stations.station;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The society contact's pages (Art. 18(6)): only the contact of the station's partner society gets through; the
 * station is city-direct, so of the staff only the city offices read its feedback. Every feedback recorded here is
 * FAIR, which proposes nothing.
 */
class SocietyAccessEntries implements AccessMatrix.Contribution {

    private static final String NAME = "矩阵本学会服务站";

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        // Art. 3(6): one station per society, and the matrix is contributed more than once per run
        long station = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select id from station where society_id = ?").param(w.society.getId()).query(Long.class)
                .optional().orElseGet(() -> context.getBean(StationFixtures.class).recognisedCityDirect(NAME, w.society));
        String today = LocalDate.now(context.getBean(java.time.Clock.class)).toString();
        var contact = EnumSet.of(Role.SOCIETY_CONTACT);
        var city = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
        m.put("GET /society/stations", AccessMatrix.Entry.list(contact, () -> get("/society/stations"), NAME));
        m.put("GET /society/stations/export", AccessMatrix.Entry.page(contact, () -> get("/society/stations/export")));
        m.put("GET /society/stations/{id}", AccessMatrix.Entry.page(contact, () -> get("/society/stations/{id}", station)));
        m.put("POST /society/stations/{id}/feedback", AccessMatrix.Entry.action(contact,
                () -> post("/society/stations/{id}/feedback", station).param("givenOn", today).param("rating", "FAIR")
                        .param("text", "矩阵反馈")));
        m.put("GET /api/society/stations", AccessMatrix.Entry.list(contact, () -> get("/api/society/stations"), NAME));
        m.put("GET /api/society/stations/{id}", AccessMatrix.Entry.api(contact,
                () -> get("/api/society/stations/{id}", station)));
        m.put("POST /api/society/stations/{id}/feedback", AccessMatrix.Entry.api(contact,
                () -> post("/api/society/stations/{id}/feedback", station).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenOn\":\"" + today + "\",\"rating\":\"FAIR\",\"text\":\"矩阵接口反馈\"}")));
        m.put("GET /api/stations/{id}/feedback", AccessMatrix.Entry.api(city,
                () -> get("/api/stations/{id}/feedback", station)));
    }
}
