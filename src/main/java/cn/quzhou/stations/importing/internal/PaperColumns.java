package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.PhoneNumbers;
import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of the 申请书 (appendix 1) as {@link PaperApplicationImport} reads them, the formats the application's
 * own form checks beyond the framework's cell types (mobile, landline, phone/fax, years, the expert team), and the row
 * made into an {@link ApplicationDraft}. Only what identifies the application is required: completeness is the
 * submit's question, as for a draft typed in the form.
 */
final class PaperColumns {

    static final List<String> YES_NO = List.of("是", "否");
    static final Set<String> DECLARATIONS = Set.of("officeDeclared", "fundingDeclared", "rulesDeclared");

    private static final Pattern YEARS = Pattern.compile("^([1-9]|10)(\\.0+)?$");
    /** The draft's own patterns, so that a row that passes here is a draft the form would save. */
    private static final Map<String, String> FORMATS = Map.of(
            "contactMobile", "paper.error.mobile", "societyLegalRepMobile", "paper.error.mobile",
            "societyContactMobile", "paper.error.mobile", "contactFax", "paper.error.landline",
            "societyPhoneFax", "paper.error.phoneFax");

    static final List<ImportColumn> ALL = List.of(
            required("stationName", "import.column.paper.stationName", ColumnType.TEXT, 200, "衢州示例新材料学会服务站"),
            required("creditCode", "import.column.paper.creditCode", ColumnType.CREDIT_CODE, 18, ""),
            required("society", "import.column.paper.society", ColumnType.TEXT, 200, "中国示例学会"),
            required("level", "import.column.paper.level", ColumnType.CHOICE, 20, null),
            optional("societyBranch", "import.column.paper.societyBranch", ColumnType.TEXT, 200, ""),
            optional("applicationDate", "import.column.paper.applicationDate", ColumnType.DATE, 20, "2026-03-01"),
            optional("contactName", "import.column.paper.contactName", ColumnType.TEXT, 50, "张三"),
            optional("contactTitle", "import.column.paper.contactTitle", ColumnType.TEXT, 50, "办公室主任"),
            optional("contactPhone", "import.column.paper.contactPhone", ColumnType.PHONE, 40, "0570-8012345"),
            optional("contactMobile", "import.column.paper.contactMobile", ColumnType.TEXT, 11, "13800000000"),
            optional("contactFax", "import.column.paper.contactFax", ColumnType.TEXT, 40, ""),
            optional("contactEmail", "import.column.paper.contactEmail", ColumnType.EMAIL, 120, "zhangsan@example.com"),
            optional("contactIm", "import.column.paper.contactIm", ColumnType.TEXT, 60, ""),
            optional("unitOverview", "import.column.paper.unitOverview", ColumnType.TEXT, 5000, "单位基本情况……"),
            optional("industryOverview", "import.column.paper.industryOverview", ColumnType.TEXT, 5000, ""),
            optional("societyLegalRep", "import.column.paper.societyLegalRep", ColumnType.TEXT, 50, "李四"),
            optional("societyLegalRepTitle", "import.column.paper.societyLegalRepTitle", ColumnType.TEXT, 50, "理事长"),
            optional("societyLegalRepMobile", "import.column.paper.societyLegalRepMobile", ColumnType.TEXT, 11, ""),
            optional("societyAddress", "import.column.paper.societyAddress", ColumnType.TEXT, 200, ""),
            optional("societyPostcode", "import.column.paper.societyPostcode", ColumnType.POSTCODE, 6, ""),
            optional("societyContact", "import.column.paper.societyContact", ColumnType.TEXT, 50, "王五"),
            optional("societyContactTitle", "import.column.paper.societyContactTitle", ColumnType.TEXT, 50, ""),
            optional("societyContactMobile", "import.column.paper.societyContactMobile", ColumnType.TEXT, 11,
                    "13900000000"),
            optional("societyPhoneFax", "import.column.paper.societyPhoneFax", ColumnType.TEXT, 40, ""),
            optional("societyQq", "import.column.paper.societyQq", ColumnType.TEXT, 30, ""),
            optional("societyEmail", "import.column.paper.societyEmail", ColumnType.EMAIL, 120, ""),
            optional("societyWechat", "import.column.paper.societyWechat", ColumnType.TEXT, 60, ""),
            optional("societyOverview", "import.column.paper.societyOverview", ColumnType.TEXT, 5000, ""),
            optional("purposePlan", "import.column.paper.purposePlan", ColumnType.TEXT, 10000, "建站目的与工作计划……"),
            optional("agreementSignedOn", "import.column.paper.agreementSignedOn", ColumnType.DATE, 20, "2026-02-15"),
            optional("cooperationYears", "import.column.paper.cooperationYears", ColumnType.TEXT, 4, "3"),
            optional("cooperationNote", "import.column.paper.cooperationNote", ColumnType.TEXT, 200, ""),
            optional("responsibleName", "import.column.paper.responsibleName", ColumnType.TEXT, 50, "赵六"),
            optional("responsibleTitle", "import.column.paper.responsibleTitle", ColumnType.TEXT, 50, "副总经理"),
            optional("responsiblePhone", "import.column.paper.responsiblePhone", ColumnType.PHONE, 40, "13700000000"),
            optional("experts", "import.column.paper.experts", ColumnType.TEXT, 2000,
                    "钱七/教授/新材料/示例大学/40；孙八/研究员/化工/示例研究院/30"),
            optional("officeDeclared", "import.column.paper.officeDeclared", ColumnType.CHOICE, 2, null),
            optional("fundingDeclared", "import.column.paper.fundingDeclared", ColumnType.CHOICE, 2, null),
            optional("rulesDeclared", "import.column.paper.rulesDeclared", ColumnType.CHOICE, 2, null));

    private PaperColumns() {
    }

    static void checkFormats(ImportRow row, RowProblems problems) {
        FORMATS.forEach((column, key) -> {
            if (!problems.has(row, column) && !pattern(column).matcher(row.get(column)).matches()) {
                problems.add(row, column, key, row.get(column));
            }
        });
        if (row.has("cooperationYears") && !problems.has(row, "cooperationYears")
                && !YEARS.matcher(row.get("cooperationYears")).matches()) {
            problems.add(row, "cooperationYears", "paper.error.cooperationYears", row.get("cooperationYears"));
        }
        if (!problems.has(row, "experts") && PaperApplicationImport.experts(row).isEmpty()) {
            problems.add(row, "experts", "paper.error.experts");
        }
    }

    private static Pattern pattern(String column) {
        return Pattern.compile(switch (FORMATS.get(column)) {
            case "paper.error.mobile" -> "^$|^1\\d{10}$";
            case "paper.error.landline" -> PhoneNumbers.LANDLINE;
            default -> PhoneNumbers.PHONE_AND_FAX;
        });
    }

    /** The row over the unit's registration, as the paper form starts from it (unit fields, default years). */
    static ApplicationDraft draft(ImportRow row, ApplicationDraft unit, SocietyLevel level, long societyId) {
        Integer years = row.has("cooperationYears")
                ? Integer.valueOf(row.get("cooperationYears").replaceAll("\\.0+$", "")) : unit.cooperationYears();
        return new ApplicationDraft(row.get("stationName"), unit.legalRepresentative(), date(row, "applicationDate"),
                unit.unitName(), unit.address(), unit.postcode(), text(row, "contactName"), text(row, "contactTitle"),
                text(row, "contactPhone"), text(row, "contactMobile"), text(row, "contactFax"),
                text(row, "contactEmail"), text(row, "contactIm"), unit.nature(), unit.natureOther(),
                unit.businessFields(), unit.businessFieldOther(), level, text(row, "unitOverview"),
                text(row, "industryOverview"), societyId, text(row, "societyBranch"), text(row, "societyLegalRep"),
                text(row, "societyLegalRepTitle"), text(row, "societyLegalRepMobile"), text(row, "societyAddress"),
                text(row, "societyPostcode"), text(row, "societyContact"), text(row, "societyContactTitle"),
                text(row, "societyContactMobile"), text(row, "societyPhoneFax"), text(row, "societyQq"),
                text(row, "societyEmail"), text(row, "societyWechat"), text(row, "societyOverview"),
                text(row, "purposePlan"), date(row, "agreementSignedOn"), years, text(row, "cooperationNote"),
                text(row, "responsibleName"), text(row, "responsibleTitle"), text(row, "responsiblePhone"),
                yes(row, "officeDeclared"), yes(row, "fundingDeclared"), yes(row, "rulesDeclared"),
                PaperApplicationImport.experts(row).orElseThrow());
    }

    private static String text(ImportRow row, String column) {
        return Dictionaries.nullIfEmpty(row.get(column));
    }

    private static java.time.LocalDate date(ImportRow row, String column) {
        return row.has(column) ? HistoryStations.date(row, column) : null;
    }

    private static boolean yes(ImportRow row, String column) {
        return YES_NO.get(0).equals(row.get(column));
    }
}
