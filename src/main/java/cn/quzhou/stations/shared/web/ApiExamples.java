package cn.quzhou.stations.shared.web;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An example value made from a schema, for every request and answer body that has none of its own (issue #18): each
 * property with a value fitting its type, format, bounds, enum and pattern, so that the example is valid against the
 * schema (Spectral checks it). {@code null} where no fitting value is found.
 */
final class ApiExamples {

    private static final int DEPTH = 8;
    /** Values tried, in order, for a string with a pattern: credit code, mobile, year, code-like words. */
    private static final List<String> PATTERNED = List.of("91330800MA2ABCDE1X", "13800000000", "2026", "A1", "a",
            "ABC", "0570-1234567", "324000", "");

    private static final String PERSON = "张明";
    private static final String REASON = "经核实，材料与事实不符，需补正。";
    private static final String NOTE = "已核实，情况属实。";
    private static final String DOCUMENT = "衢市科协〔2026〕12号";
    private static final String MOBILE = "13800000000";
    private static final String PHONE = "0570-3051234";
    /** Examples by property name for free text, so that a body reads like the platform's own data. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("stationName", "衢州市氟硅新材料学会服务站"), Map.entry("unitName", "衢州氟硅新材料产业园"),
            Map.entry("hostUnitName", "衢州氟硅新材料产业园"), Map.entry("societyName", "浙江省化工学会"),
            Map.entry("jurisdictionName", "柯城区"), Map.entry("office", "柯城区科协"),
            Map.entry("organisation", "浙江大学"), Map.entry("field", "氟硅新材料"),
            Map.entry("recordedBy", PERSON), Map.entry("approvedBy", PERSON), Map.entry("decidedBy", PERSON),
            Map.entry("submittedBy", PERSON), Map.entry("enteredBy", PERSON), Map.entry("uploadedBy", PERSON),
            Map.entry("openedBy", PERSON), Map.entry("resolvedBy", PERSON), Map.entry("proposedBy", PERSON),
            Map.entry("issuedBy", PERSON), Map.entry("actorName", PERSON), Map.entry("reviewerName", PERSON),
            Map.entry("expertName", PERSON), Map.entry("responsibleName", PERSON), Map.entry("contactName", PERSON),
            Map.entry("societyContact", PERSON), Map.entry("legalRepresentative", PERSON),
            Map.entry("societyLegalRep", PERSON), Map.entry("inspectors", "张明、李华"),
            Map.entry("reason", REASON), Map.entry("tieReason", "同分，按党组会议决定排序。"),
            Map.entry("correctionReason", REASON), Map.entry("conflictReason", "本人为该服务站建站单位职工。"),
            Map.entry("declaredReason", "本人为该服务站建站单位职工。"), Map.entry("cancelReason", REASON),
            Map.entry("overrideReason", REASON), Map.entry("noticeReason", REASON),
            Map.entry("opinion", "材料真实完整，同意。"), Map.entry("comment", NOTE), Map.entry("note", NOTE),
            Map.entry("decisionNote", NOTE), Map.entry("cooperationNote", "与学会共建氟硅新材料联合实验室。"),
            Map.entry("findings", "现场核查办公场所与设备设施，情况属实。"),
            Map.entry("summary", "全年开展学术交流 12 场，引进高层次人才 3 名。"),
            Map.entry("description", "举办氟硅新材料产业高峰论坛，参会 150 人次。"),
            Map.entry("documentNumber", DOCUMENT), Map.entry("noticeNumber", DOCUMENT),
            Map.entry("recognitionNumber", DOCUMENT), Map.entry("meetingReference", "党组会议纪要〔2026〕3号"),
            Map.entry("fileName", "共建协议.pdf"), Map.entry("reportFileName", "年度报告.pdf"),
            Map.entry("address", "浙江省衢州市柯城区世纪大道 1 号"),
            Map.entry("societyAddress", "浙江省杭州市西湖区文三路 1 号"),
            Map.entry("itemCode", "A1.1"), Map.entry("partCode", "OFFICE"),
            Map.entry("creditCode", "91330800MA2ABCDE1X"),
            Map.entry("email", "contact@example.cn"),
            // contact numbers are checked by the facades, not by a schema pattern: examples that pass those checks
            Map.entry("mobile", MOBILE), Map.entry("contactMobile", MOBILE), Map.entry("societyContactMobile", MOBILE),
            Map.entry("societyLegalRepMobile", MOBILE), Map.entry("phone", PHONE), Map.entry("contactPhone", PHONE),
            Map.entry("responsiblePhone", PHONE), Map.entry("contactFax", PHONE), Map.entry("societyPhoneFax", PHONE),
            Map.entry("contactIm", "12345678"), Map.entry("societyQq", "12345678"), Map.entry("societyWechat", "qz_station"),
            Map.entry("contactTitle", "办公室主任"), Map.entry("responsibleTitle", "总经理"),
            Map.entry("societyContactTitle", "秘书长"), Map.entry("societyLegalRepTitle", "理事长"),
            Map.entry("businessFieldOther", "新能源装备"), Map.entry("natureOther", "民办非企业单位"),
            Map.entry("unitOverview", "园区集聚氟硅新材料企业 40 余家，建有省级研发中心 2 个。"),
            Map.entry("industryOverview", "衢州氟硅新材料产业产值逾百亿元，共性技术需求集中于高端含氟聚合物。"),
            Map.entry("societyOverview", "学会有个人会员 3000 余名，设氟硅材料专业委员会。"),
            Map.entry("purposePlan", "围绕氟硅新材料产业开展学术交流、技术攻关与人才引进。"),
            Map.entry("societyBranch", "氟硅材料专业委员会"), Map.entry("branch", "氟硅材料专业委员会"),
            Map.entry("contact", PERSON), Map.entry("reference", "BANK-20260302-0001"),
            Map.entry("bankReference", "BANK-20260302-0001"), Map.entry("category", "会议费"),
            Map.entry("payee", "衢州市会展服务有限公司"), Map.entry("project", "氟硅新材料产业高峰论坛"),
            Map.entry("purpose", "论坛场地租赁"), Map.entry("number", "衢市科协公示〔2026〕1号"),
            Map.entry("report", "已补齐管理制度并建立专家数据库，整改完成。"),
            Map.entry("text", "服务站本年度与学会合作紧密，工作成效明显。"),
            // "name" and "title" name different things per body; these read well for each of them
            Map.entry("name", "氟硅新材料"), Map.entry("title", "2026年第一批学会服务站"));

    /** What an upload's file part is shown as in a multipart example (the bytes themselves cannot be written there). */
    static final String FILE_PART = "（文件内容：共建协议.pdf）";

    private final Map<String, Schema> components;
    private final boolean uploads;

    ApiExamples(Map<String, Schema> components) {
        this(components, false);
    }

    private ApiExamples(Map<String, Schema> components, boolean uploads) {
        this.components = components;
        this.uploads = uploads;
    }

    /** The same for a multipart request body: a file part is shown by a placeholder instead of leaving no example. */
    ApiExamples forUploads() {
        return new ApiExamples(components, true);
    }

    Object of(Schema<?> schema) {
        return of(schema, 0);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object of(Schema<?> schema, int depth) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (schema.get$ref() != null) {
            return of(components.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return of(schema.getAllOf().get(0), depth + 1);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return of(schema.getAnyOf().get(0), depth + 1);
        }
        if (schema.getEnum() != null) {
            return schema.getEnum().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        String type = schema.getType() == null && schema.getProperties() != null ? "object" : schema.getType();
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> number(schema, BigDecimal.ONE).toBigInteger();
            case "number" -> number(schema, new BigDecimal("10.50"));
            case "boolean" -> Boolean.TRUE;
            case "string" -> string(schema);
            default -> null;
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object object(Schema<?> schema, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Object value = named(property.getKey(), property.getValue());
                value = value != null ? value : of(property.getValue(), depth + 1);
                boolean required = schema.getRequired() != null && schema.getRequired().contains(property.getKey());
                if (value == null && required) {
                    return null;
                }
                if (value != null) {
                    out.put(property.getKey(), value);
                }
            }
        } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            Object value = of(values, depth + 1);
            if (value != null) {
                out.put("key", value);
            }
        }
        return out;
    }

    /** A value that fits what a free-text property of this name holds, where its schema says no more than "text". */
    private static Object named(String property, Schema<?> schema) {
        boolean plainText = schema != null && "string".equals(schema.getType()) && schema.getFormat() == null
                && schema.getPattern() == null && schema.getEnum() == null && schema.getExample() == null;
        String value = plainText ? NAMED.get(property) : null;
        return value != null && fits(schema, value) ? value : null;
    }

    private List<Object> array(Schema<?> schema, int depth) {
        Object item = of(schema.getItems(), depth + 1);
        List<Object> out = new ArrayList<>();
        if (item != null && (schema.getMaxItems() == null || schema.getMaxItems() > 0)) {
            out.add(item);
        }
        return schema.getMinItems() != null && schema.getMinItems() > out.size() ? null : out;
    }

    private static BigDecimal number(Schema<?> schema, BigDecimal preferred) {
        BigDecimal value = preferred;
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return value;
    }

    private String string(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "date" -> "2026-03-02";
            case "date-time" -> "2026-03-02T08:30:00Z";
            case "email" -> "contact@example.cn";
            case "uuid" -> "3f2c8a4e-8d1b-4c7a-9f6e-2b5d7c1a0e94";
            case "uri", "uri-reference" -> "https://example.cn/";
            case "binary" -> uploads ? FILE_PART : null;
            case "byte" -> null;
            default -> "示例";
        };
        if (value == null) {
            return null;
        }
        if (schema.getPattern() != null) {
            Pattern pattern = Pattern.compile(schema.getPattern());
            return PATTERNED.stream().filter(candidate -> pattern.matcher(candidate).find()
                    && fits(schema, candidate)).findFirst().orElse(null);
        }
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        while (value.length() < min) {
            value = value + "示例";
        }
        return schema.getMaxLength() != null && value.length() > schema.getMaxLength()
                ? value.substring(0, schema.getMaxLength()) : value;
    }

    private static boolean fits(Schema<?> schema, String value) {
        return (schema.getMinLength() == null || value.length() >= schema.getMinLength())
                && (schema.getMaxLength() == null || value.length() <= schema.getMaxLength());
    }
}
