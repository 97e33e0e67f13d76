package cn.quzhou.stations.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.ApplicationFilter;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ApplicationSummary;
import cn.quzhou.stations.application.ApplicationView;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.ExpertMember;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.testsupport.World;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Paper applications (appendix 1) entered in bulk by staff: each row becomes the draft the single paper entry makes,
 * bad rows are listed at their row and column with nothing imported, and a file imports once. Names: 纸质导入…
 */
class PaperApplicationImportTests extends PlatformTest {

    private static final String KIND = "paper-applications";

    /** The template's columns, in order (A, B, …). */
    private static final List<String> COLUMNS = List.of("stationName", "creditCode", "society", "level",
            "societyBranch", "applicationDate", "contactName", "contactTitle", "contactPhone", "contactMobile", "contactFax",
            "contactEmail", "contactIm", "unitOverview", "industryOverview", "societyLegalRep", "societyLegalRepTitle",
            "societyLegalRepMobile", "societyAddress", "societyPostcode", "societyContact", "societyContactTitle",
            "societyContactMobile", "societyPhoneFax", "societyQq", "societyEmail", "societyWechat", "societyOverview",
            "purposePlan", "agreementSignedOn", "cooperationYears", "cooperationNote", "responsibleName",
            "responsibleTitle", "responsiblePhone", "experts", "officeDeclared", "fundingDeclared", "rulesDeclared");

    @Autowired
    Imports imports;

    @Autowired
    Applications applications;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    @DisplayName("Five paper applications import as five paper drafts of their units, entered by the staff member")
    void fivePaperApplications() {
        List<List<Object>> rows = IntStream.rangeClosed(1, 5).mapToObj(i -> row(Map.of("stationName",
                "纸质导入甲服务站" + i, "creditCode", unit("纸质导入甲单位" + i)))).toList();
        long id = upload("五份申请书.xlsx", ImportFiles.filled(template(), rows));
        assertThat(as(cast(), () -> imports.preview(id, 0).problems())).isEmpty();

        assertThat(as(cast(), () -> imports.commit(id)).state()).isEqualTo(ImportState.COMMITTED);

        List<ApplicationSummary> mine = listed("纸质导入甲");
        assertThat(mine).extracting(ApplicationSummary::stationName).containsExactlyInAnyOrder("纸质导入甲服务站1",
                "纸质导入甲服务站2", "纸质导入甲服务站3", "纸质导入甲服务站4", "纸质导入甲服务站5");
        assertThat(mine).allSatisfy(a -> {
            assertThat(a.paper()).isTrue();
            assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
            assertThat(a.societyName()).isEqualTo(world.society.getName());
            assertThat(a.level()).isEqualTo(SocietyLevel.NATIONAL);
        });
        ApplicationView first = as(cast(), () -> applications.get(mine.stream()
                .filter(a -> a.stationName().equals("纸质导入甲服务站1")).findFirst().orElseThrow().id()));
        assertThat(first.enteredBy()).isEqualTo(world.username(Role.CITY_CAST));
        assertThat(first.draft().unitName()).as("the unit's own fields from its registration").isEqualTo("纸质导入甲单位1");
        assertThat(first.draft().agreementSignedOn()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(first.draft().cooperationYears()).isEqualTo(3);
        assertThat(first.draft().declaresOffice()).isTrue();
        assertThat(first.draft().declaresFunding()).isFalse();
        assertThat(first.draft().expertTeam()).extracting(ExpertMember::name, ExpertMember::plannedDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("钱七", 40),
                        org.assertj.core.groups.Tuple.tuple("孙八", 30));
    }

    @Test
    @DisplayName("Bad rows are listed each at its row and column in Chinese, and nothing is imported")
    void badRowsImportNothing() {
        String unit = unit("纸质导入乙单位");
        List<List<Object>> rows = List.of(
                row(Map.of("stationName", "纸质导入乙服务站1", "creditCode", unit)),
                row(Map.of("stationName", "纸质导入乙服务站2", "creditCode", World.creditCode())),
                row(Map.of("stationName", "纸质导入乙服务站3", "creditCode", unit, "society", "纸质导入乙无此学会")),
                row(Map.of("stationName", "纸质导入乙服务站4", "creditCode", unit, "contactMobile", "0570123")),
                row(Map.of("stationName", "", "creditCode", unit)),
                row(Map.of("stationName", "纸质导入乙" + "长".repeat(200), "creditCode", unit)),
                row(Map.of("stationName", "纸质导入乙服务站7", "creditCode", unit, "cooperationYears", "11",
                        "experts", "钱七/教授/新材料")));
        long id = upload("有错的申请书.xlsx", ImportFiles.filled(template(), rows));

        ImportPreview preview = as(cast(), () -> imports.preview(id, 0));

        assertThat(preview.batch().state()).isEqualTo(ImportState.INVALID);
        assertThat(preview.problems()).extracting(p -> p.row() + p.column() + " " + p.key()).containsExactly(
                "4B import.error.unknownUnit",
                "5C history.error.unknownSociety",
                "6J paper.error.mobile",
                "7A import.error.required",
                "8A import.error.tooLong",
                "9AE paper.error.cooperationYears",
                "9AJ paper.error.experts");
        assertThat(preview.problems().get(2).header()).isEqualTo("联系人手机");
        assertThat(listed("纸质导入乙")).isEmpty();
    }

    @Test
    @DisplayName("The same file is refused a second time, by its SHA-256 whatever its name")
    void reImportRefused() {
        byte[] file = ImportFiles.filled(template(), List.of(row(Map.of("stationName", "纸质导入丙服务站",
                "creditCode", unit("纸质导入丙单位")))));
        as(cast(), () -> imports.commit(upload("一份申请书.xlsx", file)));

        assertThatThrownBy(() -> upload("换个名字.xlsx", file))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey())
                        .isEqualTo("import.error.alreadyImported"));
        assertThat(listed("纸质导入丙")).hasSize(1);
    }

    /** A full row: the template's sample values, with {@code values} put over them. */
    private List<Object> row(Map<String, String> values) {
        Map<String, String> row = new LinkedHashMap<>();
        COLUMNS.forEach(c -> row.put(c, ""));
        row.putAll(Map.of("society", world.society.getName(), "level", "全国学会", "contactName", "张三",
                "contactMobile", "13800000000", "agreementSignedOn", "2026-02-15", "cooperationYears", "3",
                "experts", "钱七/教授/新材料/示例大学/40；孙八/研究员/化工/示例研究院/30", "officeDeclared", "是",
                "fundingDeclared", "否"));
        row.putAll(values);
        return new ArrayList<>(row.values());
    }

    private String unit(String name) {
        return world.unit(name, world.homeJurisdiction).getCreditCode();
    }

    private List<ApplicationSummary> listed(String prefix) {
        return as(cast(), () -> applications.page(ListRequest.of(null, 100, null, prefix), ApplicationFilter.none()))
                .items();
    }

    private PlatformUser cast() {
        return world.user(Role.CITY_CAST);
    }

    private byte[] template() {
        return as(cast(), () -> imports.template(KIND).content());
    }

    private long upload(String name, byte[] content) {
        return as(cast(), () -> imports.upload(KIND, name, content));
    }
}
