package cn.quzhou.stations.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.importing.ImportFiles.Formula;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The preview: every problem of a file at its row and column, and nothing written. Names: 预览导入… */
class ImportPreviewTests extends PlatformTest {

    @Autowired
    Imports imports;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    private List<Object> unit(String name, String code) {
        return new ArrayList<>(List.of(name, code, "江山市", "企业", "", "化工", "", "法人", "衢州市某路 1 号", "324000"));
    }

    private List<Object> with(List<Object> row, int column, Object value) {
        row.set(column, value);
        return row;
    }

    @Test
    @DisplayName("A workbook with twelve kinds of row errors lists each at its row and column, and writes nothing")
    void twelveKindsOfRowErrors() throws Exception {
        String twice = World.creditCode();
        String good = World.creditCode();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        List<List<Object>> rows = List.of(
                with(unit("预览导入甲", World.creditCode()), 0, ""),                        // 3: required
                unit("预览导入乙", wrongCheck),                                             // 4: check character
                unit("预览导入丙", "12345"),                                                // 5: code format
                with(unit("预览导入丁", World.creditCode()), 2, "火星市"),                   // 6: jurisdiction
                with(unit("预览导入戊", World.creditCode()), 3, "国企"),                     // 7: nature
                with(unit("预览导入己", World.creditCode()), 5, "化工、航天"),                // 8: business field
                unit("预览导入庚", twice),
                unit("预览导入辛", twice),                                                  // 10: duplicate in file
                unit("预览导入壬", world.homeUnit.getCreditCode()),                         // 11: already registered
                with(unit("预览导入癸", World.creditCode()), 8, "长".repeat(201)),           // 12: too long
                with(unit("预览导入子", World.creditCode()), 9, "32400"),                    // 13: postcode
                with(unit("预览导入丑", World.creditCode()), 7, new Formula("\"张\"&\"三\"")), // 14: formula
                with(unit("预览导入寅", World.creditCode()), 3, "其他"),                     // 15: nature "other"
                with(unit("预览导入卯", World.creditCode()), 5, "其他"),                     // 16: field "other"
                unit("预览导入辰", World.creditCode()));                                    // 17: fine
        int unitsBefore = units();

        long id = upload("host-units", "十二种错误.xlsx", ImportFiles.filled(template("host-units"), rows));

        ImportBatchView batch = as(cast(), () -> imports.preview(id, 0).batch());
        assertThat(batch.state()).isEqualTo(ImportState.INVALID);
        assertThat(batch.rowCount()).isEqualTo(15);
        assertThat(as(cast(), () -> imports.preview(id, 0).problems())).extracting(p -> p.row() + p.column() + " " + p.key())
                .containsExactly(
                        "3A import.error.required",
                        "4B import.error.creditCodeCheck",
                        "5B import.error.creditCodeFormat",
                        "6C import.error.notAllowed",
                        "7D import.error.notAllowed",
                        "8F import.error.notAllowed",
                        "10B import.error.duplicateInFile",
                        "11B unit.error.duplicateCreditCode",
                        "12I import.error.tooLong",
                        "13J import.error.postcode",
                        "14H import.error.formula",
                        "15E unit.error.natureOther",
                        "16G unit.error.businessFieldOther");
        assertThat(units()).isEqualTo(unitsBefore);
        assertThatThrownBy(() -> as(cast(), () -> imports.commit(id))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("import.error.state");
        assertThat(units()).isEqualTo(unitsBefore);

        String page = mvc.perform(get("/imports/batches/{id}", id).with(user(cast()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第4行 第B列（统一社会信用代码）：统一社会信用代码校验位不正确（按前 17 位计算应为 "
                        + good.charAt(17) + "）")
                .contains("第6行 第C列（所属地区）：“火星市”不是可选值")
                .contains("第10行 第B列（统一社会信用代码）：与本文件第9行重复")
                .contains("第14行 第H列（法定代表人）：公式单元格不能导入，请粘贴为数值")
                .doesNotContain("import-commit");
    }

    @Test
    @DisplayName("An expert file reports a bad phone, a bad e-mail, an unknown society and an unregistered unit")
    void expertProblems() {
        List<List<Object>> rows = List.of(
                List.of("预览专家甲", "教授", "材料", "某大学", "", "1331234", "", ""),
                List.of("预览专家乙", "教授", "材料", "某大学", "", "", "not-an-address", ""),
                List.of("预览专家丙", "教授", "材料", "某大学", "", "", "", "不存在的学会"),
                List.of("预览专家丁", "教授", "材料", "某大学", World.creditCode(), "", "", ""),
                List.of("预览专家戊", "教授", "材料", "某大学", world.homeUnit.getCreditCode(), "13312345678",
                        "a@example.org", world.society.getName()));

        long id = upload("experts", "专家.xlsx", ImportFiles.filled(template("experts"), rows));

        assertThat(as(cast(), () -> imports.preview(id, 0).problems())).extracting(p -> p.row() + p.column() + " " + p.key())
                .containsExactly("3F import.error.phone", "4G import.error.email", "5H import.error.notAllowed",
                        "6E import.error.unknownUnit");
    }

    @Test
    @DisplayName("Another user's batch is not found, and a kind the user may not create is refused")
    void batchesAreTheUploaders() {
        long id = upload("societies", "学会.xlsx", ImportFiles.filled(template("societies"),
                List.of(List.of("预览导入学会", "全国学会", "", "", ""))));

        assertThatThrownBy(() -> as(world.user(Role.SYSTEM_ADMIN), () -> imports.preview(id, 0).batch()))
                .isInstanceOf(cn.quzhou.stations.shared.NotFoundException.class);
        assertThatThrownBy(() -> as(world.user(Role.SYSTEM_ADMIN), () -> imports.template("host-units").content()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as(world.user(Role.SYSTEM_ADMIN), () -> imports.overview().kinds())).extracting(ImportKindView::code)
                .containsExactly("accounts");
    }

    @Test
    @DisplayName("The template has Chinese headers, a sample row, drop-downs fed from a hidden sheet and a very hidden marker")
    void template() throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template("host-units")))) {
            var data = wb.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("建站单位");
            assertThat(data.getRow(0).getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码 *");
            assertThat(cn.quzhou.stations.shared.CreditCode.isValid(data.getRow(1).getCell(1).getStringCellValue())).isTrue();
            assertThat(data.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .allMatch(f -> f.startsWith("'可选值'!")).hasSize(3);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("可选值")))
                    .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("_import")))
                    .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            assertThat(wb.getSheet("可选值").getRow(0).getCell(0).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    @DisplayName("The import pages render in Chinese and in English, each problem with its row and column")
    void pagesInBothLanguages() throws Exception {
        long id = upload("societies", "双语.xlsx", ImportFiles.filled(template("societies"),
                List.of(List.of("预览导入双语学会", "市级学会", "", "", ""))));
        for (String lang : List.of("zh_CN", "en")) {
            mvc.perform(get("/imports").param("lang", lang).with(user(cast()))).andExpect(status().isOk());
            String page = mvc.perform(get("/imports/batches/{id}", id).param("lang", lang).with(user(cast())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(lang.equals("en") ? "Row 3, column B (级别)" : "第3行 第B列（级别）");
        }
    }

    private cn.quzhou.stations.organisation.PlatformUser cast() {
        return world.user(Role.CITY_CAST);
    }

    private byte[] template(String kind) {
        return as(cast(), () -> imports.template(kind).content());
    }

    private long upload(String kind, String name, byte[] content) {
        return as(cast(), () -> imports.upload(kind, name, content));
    }

    private int units() {
        return jdbc.queryForObject("select count(*) from host_unit", Integer.class);
    }
}
