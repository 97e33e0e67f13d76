package cn.quzhou.stations.importing;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.testsupport.World;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The workbooks of existing stations with their 2021–2025 history, written with POI into the platform's templates, and
 * their import (upload, then commit) as the city CAST. Station {@code i} of prefix {@code P} is 「P服务站i」 of unit
 * 「P单位i」 and society 「P学会i」 (national when i is even, 500,000 a passing year; provincial otherwise, 250,000),
 * recognised on {@code recognisedOn}, its agreement running to 2027-08-31. By default every year 2021–2025 is 合格
 * (每十个的第一个 2021 优秀) and years 1 and 2 are paid; the {@link Plan} changes what a test needs.
 */
final class HistoryWorkbooks {

    /** What the history of the stations holds beyond the default. */
    static final class Plan {
        final String prefix;
        final int stations;
        String recognisedOn = "2021-10-15";
        /** grade label per (station, year) where not 合格; "" = no result that year. */
        final java.util.Map<String, String> grades = new java.util.HashMap<>();
        /** extra grant rows (station index, year, amount, bank suffix). */
        final List<Object[]> extraPayments = new ArrayList<>();
        /** (station, year) whose default payment is left out or changed: amount, or null to leave it out. */
        final java.util.Map<String, String> paymentAmounts = new java.util.HashMap<>();
        final List<List<Object>> revocations = new ArrayList<>();

        Plan(String prefix, int stations) {
            this.prefix = prefix;
            this.stations = stations;
        }

        Plan grade(int station, int year, String grade) {
            grades.put(station + ":" + year, grade);
            return this;
        }

        Plan noResultFrom(int station, int fromYear) {
            for (int y = fromYear; y <= 2025; y++) {
                grades.put(station + ":" + y, "");
            }
            return this;
        }

        Plan payment(int station, int year, String amount) {
            paymentAmounts.put(station + ":" + year, amount);
            return this;
        }

        Plan extraPayment(int station, int year, String amount, String bankSuffix) {
            extraPayments.add(new Object[] {station, year, amount, bankSuffix});
            return this;
        }

        String station(int i) {
            return prefix + "服务站" + i;
        }

        boolean national(int i) {
            return i % 2 == 0;
        }

        String grade(int i, int year) {
            return grades.getOrDefault(i + ":" + year, i % 10 == 0 && year == 2021 ? "优秀" : "合格");
        }

        String grant(int i) {
            return national(i) ? "500000" : "250000";
        }
    }

    static final String KIND_UNITS = "host-units";
    static final String KIND_SOCIETIES = "societies";
    static final String KIND_STATIONS = "station-history";
    static final String KIND_RESULTS = "result-history";
    static final String KIND_GRANTS = "grant-history";

    private final Imports imports;
    private final Supplier<PlatformUser> cast;

    HistoryWorkbooks(Imports imports, Supplier<PlatformUser> cast) {
        this.imports = imports;
        this.cast = cast;
    }

    /** Units, societies, stations, results, payments and (if planned) revocations, each file committed in turn. */
    void importAll(Plan plan) {
        commit("host-units", units(plan));
        commit("societies", societies(plan));
        commit("station-history", stations(plan));
        commit("result-history", results(plan));
        commit("grant-history", grants(plan));
        if (!plan.revocations.isEmpty()) {
            commit("revocation-history", file("revocation-history", plan.revocations));
        }
    }

    byte[] units(Plan p) {
        return file(KIND_UNITS, unitsRows(p));
    }

    List<List<Object>> unitsRows(Plan p) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < p.stations; i++) {
            String code = World.creditCode();
            creditCodes.put(p.prefix + i, code);
            rows.add(List.of(p.prefix + "单位" + i, code, i % 3 == 0 ? "市直" : "柯城区", "企业", "", "化工",
                    "", "", "", ""));
        }
        return rows;
    }

    byte[] societies(Plan p) {
        return file(KIND_SOCIETIES, societiesRows(p));
    }

    List<List<Object>> societiesRows(Plan p) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < p.stations; i++) {
            rows.add(List.of(p.prefix + "学会" + i, p.national(i) ? "全国学会" : "省级学会", "", "", ""));
        }
        return rows;
    }

    /** The stations sheet, naming the units {@link #units} wrote. */
    byte[] stations(Plan p) {
        return file(KIND_STATIONS, stationsRows(p));
    }

    List<List<Object>> stationsRows(Plan p) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < p.stations; i++) {
            rows.add(List.of(p.station(i), creditCodes.get(p.prefix + i), p.prefix + "学会" + i, i % 4 == 0 ? "化工专委会" : "",
                    p.national(i) ? "全国学会" : "省级学会", "衢市科协〔2021〕" + (40 + i / 10) + "号", p.recognisedOn,
                    "2021-09-01", "2027-08-31", "负责人" + i, "主任", "138" + String.format("%08d", i),
                    "专家甲/教授/化工/示例大学/40；专家乙/研究员/材料/示例研究院/30"));
        }
        return rows;
    }

    byte[] results(Plan p) {
        return file(KIND_RESULTS, resultsRows(p));
    }

    List<List<Object>> resultsRows(Plan p) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < p.stations; i++) {
            for (int year = 2021; year <= 2025; year++) {
                String grade = p.grade(i, year);
                if (grade.isEmpty()) {
                    continue;
                }
                rows.add(List.of(p.station(i), year, grade, switch (grade) {
                    case "优秀" -> "92";
                    case "不合格" -> "52.5";
                    default -> "76";
                }, "衢市科协〔" + (year + 1) + "〕" + (5 + year % 2) + "号", (year + 1) + "-03-20"));
            }
        }
        return rows;
    }

    byte[] grants(Plan p) {
        return file(KIND_GRANTS, grantsRows(p));
    }

    List<List<Object>> grantsRows(Plan p) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < p.stations; i++) {
            for (int year = 2021; year <= 2022; year++) {
                String amount = p.paymentAmounts.containsKey(i + ":" + year) ? p.paymentAmounts.get(i + ":" + year)
                        : "不合格".equals(p.grade(i, year)) || p.grade(i, year).isEmpty() ? null : p.grant(i);
                if (amount != null) {
                    rows.add(payment(p, i, year, amount, "-" + year));
                }
            }
        }
        for (Object[] extra : p.extraPayments) {
            rows.add(payment(p, (int) extra[0], (int) extra[1], (String) extra[2], (String) extra[3]));
        }
        return rows;
    }

    private static List<Object> payment(Plan p, int i, int year, String amount, String bankSuffix) {
        return List.of(p.station(i), year, (year + 1) + "-05-10", amount, i % 3 == 0 ? "市本级" : "柯城区财政局",
                "衢财拨〔" + (year + 1) + "〕" + i + "号", p.prefix + "流水" + i + bankSuffix);
    }

    /** The template of {@code kind} with the rows below its sample. */
    byte[] file(String kind, List<List<Object>> rows) {
        byte[] template = PlatformUser.runAs(cast.get(), () -> imports.template(kind).content());
        return ImportFiles.filled(template, rows);
    }

    long upload(String kind, byte[] content) {
        return PlatformUser.runAs(cast.get(), () -> imports.upload(kind, kind + ".xlsx", content));
    }

    ImportBatchView commit(String kind, byte[] content) {
        long id = upload(kind, content);
        ImportPreview preview = PlatformUser.runAs(cast.get(), () -> imports.preview(id, 0));
        ImportBatchView done = preview.batch().committable()
                ? PlatformUser.runAs(cast.get(), () -> imports.commit(id)) : preview.batch();
        if (done.state() != ImportState.COMMITTED) {
            throw new AssertionError(kind + " not committed: " + PlatformUser.runAs(cast.get(),
                    () -> imports.preview(id, 0)).problems().stream()
                    .map(pr -> pr.row() + pr.column() + " " + pr.key() + java.util.Arrays.toString(pr.args())).toList());
        }
        return done;
    }

    /** Credit codes of the units written by {@link #units}, by prefix and station index (for the stations sheet). */
    private final java.util.Map<String, String> creditCodes = new java.util.HashMap<>();
}
