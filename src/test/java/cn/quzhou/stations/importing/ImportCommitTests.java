package cn.quzhou.stations.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The commit (all rows or none, audited with the SHA-256, once per file) and the files refused as a whole. Names: 提交导入… */
class ImportCommitTests extends PlatformTest {

    @Autowired
    Imports imports;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    private static List<Object> unit(String name) {
        return List.of(name, World.creditCode(), "柯城区", "企业", "", "化工、其他", "检验检测", "法人", "地址", "324000");
    }

    @Test
    @DisplayName("A good file commits every row through the facade, audited with its SHA-256; the same file again is refused")
    void goodFileCommitsOnce() throws Exception {
        byte[] file = ImportFiles.filled(template("host-units", cast()),
                List.of(unit("提交导入甲"), unit("提交导入乙"), unit("提交导入丙")));
        long id = upload("host-units", "三家单位.xlsx", file, cast());
        assertThat(as(cast(), () -> imports.preview(id, 0).batch()).state()).isEqualTo(ImportState.VALIDATED);

        ImportBatchView done = as(cast(), () -> imports.commit(id));

        assertThat(done.state()).isEqualTo(ImportState.COMMITTED);
        assertThat(jdbc.queryForList("select name from host_unit where name like '提交导入%' order by name", String.class))
                .containsExactly("提交导入丙", "提交导入乙", "提交导入甲");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'unit.create' and summary like"
                + " '%提交导入%'", Integer.class)).isEqualTo(3);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(jdbc.queryForObject("select summary from audit_event where action = 'import.commit' and object_id = ?",
                String.class, String.valueOf(id))).contains("sha256=" + sha, "rows=3", "file=三家单位.xlsx");
        assertThatThrownBy(() -> upload("host-units", "改了名字.xlsx", file, cast()))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("import.error.alreadyImported"))
                .satisfies(e -> assertThat(((BusinessRuleException) e).args()).contains("三家单位.xlsx"));
    }

    @Test
    @DisplayName("A file longer than the rows kept between two clearings of the persistence context commits every row and the batch")
    void aLongFileCommitsAcrossClearings() {
        int rows = 2 * cn.quzhou.stations.importing.internal.ImportRunnerAccess.clearEvery() + 7;
        List<List<Object>> units = IntStream.range(0, rows).mapToObj(i -> unit("长文件单位" + i)).toList();
        long id = upload("host-units", "长文件.xlsx", ImportFiles.filled(template("host-units", cast()), units), cast());

        ImportBatchView done = as(cast(), () -> imports.commit(id));

        assertThat(done.state()).isEqualTo(ImportState.COMMITTED);
        assertThat(as(cast(), () -> imports.preview(id, 0).batch()).state()).isEqualTo(ImportState.COMMITTED);
        assertThat(jdbc.queryForObject("select count(*) from host_unit where name like '长文件单位%'", Integer.class))
                .isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(distinct f.host_unit_id) from host_unit_business_field f join host_unit u"
                + " on u.id = f.host_unit_id where u.name like '长文件单位%'", Integer.class)).isEqualTo(rows);
    }

    @Test
    @DisplayName("A row that became a duplicate after the preview makes the commit write nothing and lists the problem")
    void registersChangedSincePreview() {
        List<Object> row = unit("提交导入变化");
        long id = upload("host-units", "变化.xlsx", ImportFiles.filled(template("host-units", cast()),
                List.of(unit("提交导入变化前"), row)), cast());
        long first = upload("host-units", "抢先.xlsx", ImportFiles.filled(template("host-units", cast()), List.of(row)),
                cast());
        as(cast(), () -> imports.commit(first));

        ImportBatchView after = as(cast(), () -> imports.commit(id));

        assertThat(after.state()).isEqualTo(ImportState.INVALID);
        assertThat(as(cast(), () -> imports.preview(id, 0).problems())).extracting(p -> p.row() + p.column() + " " + p.key())
                .containsExactly("4B unit.error.duplicateCreditCode");
        assertThat(jdbc.queryForObject("select count(*) from host_unit where name = '提交导入变化前'", Integer.class))
                .isZero();
    }

    @Test
    @DisplayName("Societies import, and accounts import without passwords: each account gets a one-time secret out of band")
    void societiesAndAccounts() throws Exception {
        long societies = upload("societies", "学会.xlsx", ImportFiles.filled(template("societies", cast()),
                List.of(List.of("提交导入学会", "省级学会", "", "赵六", "0570-8012345"))), cast());
        as(cast(), () -> imports.commit(societies));
        PlatformUser admin = world.user(Role.SYSTEM_ADMIN);
        long accounts = upload("accounts", "账户.xlsx", ImportFiles.filled(template("accounts", admin),
                List.of(List.of("import-commit-a", "导入账户甲", "", world.homeUnit.getCreditCode(), "", ""),
                        List.of("import-commit-b", "导入账户乙", "", "", "", "提交导入学会"))), admin);

        assertThat(as(admin, () -> imports.commit(accounts)).state()).isEqualTo(ImportState.COMMITTED);

        assertThat(jdbc.queryForList("select must_change_password from account where username like 'import-commit-%'",
                Boolean.class)).containsExactly(true, true);
        assertThat(jdbc.queryForObject("select society_id from account where username = 'import-commit-b'", Long.class))
                .isEqualTo(jdbc.queryForObject("select id from society where name = '提交导入学会'", Long.class));
        assertThat(Files.readString(Path.of(cn.quzhou.stations.testsupport.Fork.path("target/test-operator-secrets.txt"))))
                .contains("import-commit-a", "import-commit-b");
    }

    @Test
    @DisplayName("A template of another import is refused, naming both")
    void otherTemplate() {
        byte[] societies = ImportFiles.filled(template("societies", cast()), List.of(List.of("提交导入错模板", "全国学会")));
        assertThatThrownBy(() -> upload("host-units", "学会.xlsx", societies, cast()))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("import.error.otherTemplate"))
                .satisfies(e -> assertThat(((BusinessRuleException) e).args()).containsExactly("学会", "建站单位"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "xls", "plain workbook", "merged", "too many rows", "empty", "external entity"})
    @DisplayName("A file that is not this kind's template, or unreadable as rows, is refused as a whole with one message")
    void refusedFiles(String what) throws Exception {
        String expected = switch (what) {
            case "csv" -> "import.error.notXlsx";
            case "xls" -> "import.error.xls";
            case "plain workbook" -> "import.error.notTemplate";
            case "merged" -> "import.error.merged";
            case "too many rows" -> "import.error.tooManyRows";
            case "external entity" -> "import.error.unreadable";
            default -> "import.error.empty";
        };
        int batches = jdbc.queryForObject("select count(*) from import_batch", Integer.class);
        assertThatThrownBy(() -> upload("host-units", what, file(what), cast()))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(expected));
        assertThat(jdbc.queryForObject("select count(*) from import_batch", Integer.class)).isEqualTo(batches);
    }

    private byte[] file(String what) throws Exception {
        return switch (what) {
            case "csv" -> "单位名称,统一社会信用代码\n某单位,123\n".getBytes(java.nio.charset.Charset.forName("GBK"));
            case "xls" -> {
                try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
                    wb.createSheet("单位").createRow(0).createCell(0).setCellValue("单位名称");
                    wb.write(out);
                    yield out.toByteArray();
                }
            }
            case "plain workbook" -> {
                try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
                    wb.createSheet("单位").createRow(0).createCell(0).setCellValue("单位名称");
                    wb.write(out);
                    yield out.toByteArray();
                }
            }
            case "merged" -> ImportFiles.merged(template("host-units", cast()), List.of(unit("提交导入合并")));
            case "too many rows" -> ImportFiles.filled(template("host-units", cast()),
                    IntStream.range(0, 20_001).<List<Object>>mapToObj(i -> List.of("超限" + i)).toList());
            case "external entity" -> ImportFiles.withExternalEntity(template("host-units", cast()));
            default -> template("host-units", cast());
        };
    }

    private PlatformUser cast() {
        return world.user(Role.CITY_CAST);
    }

    private byte[] template(String kind, PlatformUser user) {
        return as(user, () -> imports.template(kind).content());
    }

    private long upload(String kind, String name, byte[] content, PlatformUser user) {
        return as(user, () -> imports.upload(kind, name, content));
    }
}
