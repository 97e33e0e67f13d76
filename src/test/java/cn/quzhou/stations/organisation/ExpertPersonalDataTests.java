package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An expert's phone and e-mail are sealed at rest (SM4-GCM, read back by SQL as ciphertext), opened for the pool's
 * editor, and masked on the list page and in its Excel export; values left in clear are sealed at start-up.
 */
class ExpertPersonalDataTests extends PlatformTest {

    private static final String PHONE = "13312345678";
    private static final String EMAIL = "zhang.expert@example.com";

    @Autowired
    ExpertPool experts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private String name;
    private long id;

    @BeforeEach
    void setUp() {
        world.ensure();
        name = "密文专家" + System.nanoTime() % 1_000_000;
        id = as(world.user(Role.CITY_CAST), () -> experts.create(new ExpertCommand(name, "研究员", "化工", "某研究院",
                null, PHONE, EMAIL, Set.of()))).id();
    }

    @Test
    void theStoredPhoneAndEmailAreCiphertextThatTheEditorReadsBackInFull() {
        Map<String, Object> row = stored();
        assertThat(row.values()).allSatisfy(v -> assertThat((String) v).startsWith("sm4:1:")
                .doesNotContain(PHONE).doesNotContain("example.com"));
        ExpertView view = as(world.user(Role.CITY_CAST), () -> experts.get(id));
        assertThat(view.phone()).isEqualTo(PHONE);
        assertThat(view.email()).isEqualTo(EMAIL);
    }

    @Test
    void theListPageShowsThemMasked() throws Exception {
        jdbc.sql("update expert set phone = null where id = ?").param(id).update();
        assertThat(page()).contains(name).contains("z***@example.com").doesNotContain(EMAIL);
    }

    @Test
    void theExcelExportShowsPhoneAndEmailMasked() throws Exception {
        List<String> cells = exportedRow();
        assertThat(cells).containsExactly(name, "研究员", "化工", "某研究院", "133****5678", "z***@example.com");
        String audited = jdbc.sql("select action || ' ' || summary from audit_event where actor = ? order by id desc"
                + " limit 1").param(world.user(Role.CITY_CAST).getUsername()).query(String.class).single();
        assertThat(audited).startsWith("file.export GET /experts/export");
    }

    @Test
    void clearValuesLeftFromBeforeAreSealedByTheStartUpStep() throws Exception {
        jdbc.sql("update expert set phone = ?, email = ? where id = ?").params("13900001111", "old@example.net", id)
                .update();
        context.getBean("expertDataSealing", ApplicationRunner.class).run(null);
        assertThat(stored().values()).allSatisfy(v -> assertThat((String) v).startsWith("sm4:1:")
                .doesNotContain("13900001111").doesNotContain("example.net"));
        ExpertView view = as(world.user(Role.CITY_CAST), () -> experts.get(id));
        assertThat(List.of(view.phone(), view.email())).containsExactly("13900001111", "old@example.net");
        assertThat(page()).contains("139****1111").doesNotContain("13900001111");
    }

    @Test
    void theLongestPhoneAndEmailAFormAllowsStillFitSealed() {
        String phone = "办".repeat(40);
        String email = "专".repeat(64) + "@" + "域".repeat(51) + ".com";
        ExpertView saved = as(world.user(Role.CITY_CAST), () -> experts.update(id, experts.get(id).version(),
                new ExpertCommand(name, "研究员", "化工", "某研究院", null, phone, email, Set.of())));
        assertThat(List.of(saved.phone(), saved.email())).containsExactly(phone, email);
        assertThat((String) stored().get("email")).startsWith("sm4:1:").hasSizeGreaterThan(400);
    }

    private Map<String, Object> stored() {
        return jdbc.sql("select phone, email from expert where id = ?").param(id).query().singleRow();
    }

    private String page() throws Exception {
        return mvc.perform(get("/experts").param("q", name).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> exportedRow() throws Exception {
        byte[] xlsx = mvc.perform(get("/experts/export").param("q", name).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("one expert matches the keyword").isEqualTo(3);
            Row row = sheet.getRow(3);
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell.getStringCellValue());
            }
            return cells;
        }
    }
}
