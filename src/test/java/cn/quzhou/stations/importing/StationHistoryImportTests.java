package cn.quzhou.stations.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.funding.Anomaly;
import cn.quzhou.stations.funding.Clawbacks;
import cn.quzhou.stations.funding.GrantHistory;
import cn.quzhou.stations.funding.Grants;
import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.InstalmentView;
import cn.quzhou.stations.funding.Reconciliation;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Existing stations with their 2021–2025 history, imported from workbooks built with POI (issue #15, D8): the
 * registry, the results in force, the grants paid, the reconciliation, the document numbers, and files refused whole.
 * Each test imports stations of its own prefix (历史甲…) and asserts about those only.
 */
class StationHistoryImportTests extends PlatformTest {

    @Autowired
    Imports imports;
    @Autowired
    Stations stations;
    @Autowired
    EvaluationResults results;
    @Autowired
    Grants grants;
    @Autowired
    GrantHistory grantHistory;
    @Autowired
    Clawbacks clawbacks;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    DocumentNumbers numbers;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private HistoryWorkbooks books;

    @BeforeEach
    void world() {
        world.ensure();
        books = new HistoryWorkbooks(imports, this::cast);
    }

    @Test
    @DisplayName("Thirty stations with a consistent history: the registry, results in force, grants paid, a revocation"
            + " with its clawback repaid, numbers continuing the series, and nothing for the reconciliation")
    void thirtyStationsWithAConsistentHistory() {
        HistoryWorkbooks.Plan plan = new HistoryWorkbooks.Plan("历史甲", 30).noResultFrom(7, 2024);
        plan.revocations.add(List.of(plan.station(7), "（一）在考核过程中隐瞒真实情况、提供虚假材料", "2023年度考核材料造假",
                "衢市科协〔2024〕20号", "2024-06-30", "2024-09-30", "200000", "历史甲还款1"));
        plan.revocations.add(List.of(plan.station(7), "", "", "", "", "2024-12-20", "300000", "历史甲还款2"));

        books.importAll(plan);

        Map<String, StationView> mine = mine("历史甲");
        assertThat(mine).hasSize(30);
        StationView first = mine.get(plan.station(0));
        assertThat(first.applicationId()).as("no application: imported").isNull();
        assertThat(first.documentNumber()).isEqualTo("衢市科协〔2021〕40号");
        assertThat(first.societyBranch()).isEqualTo("化工专委会");
        assertThat(first.expertTeam()).extracting(StationView.TeamMember::name).containsExactly("专家甲", "专家乙");
        assertThat(mine.values().stream().filter(s -> s.status() == StationStatus.REVOKED).map(StationView::name))
                .containsExactly(plan.station(7));
        assertThat(jdbc.queryForObject("select count(*) from station where name like '历史甲%' and import_sha256 is not"
                + " null and import_row between 3 and 32 and imported_by = 't-city-cast'", Integer.class)).isEqualTo(30);

        List<ResultView> of2025 = as(cast(), () -> results.inForce(2025)).stream()
                .filter(r -> r.stationName().startsWith("历史甲")).toList();
        assertThat(of2025).hasSize(29).allSatisfy(r -> {
            assertThat(r.stationYear()).isEqualTo(5);
            assertThat(r.grade()).isEqualTo(Grade.QUALIFIED);
            assertThat(r.documentNumber()).isEqualTo("衢市科协〔2026〕6号");
        });
        assertThat(as(cast(), () -> results.history(first.id())).of(2021)).singleElement()
                .satisfies(r -> assertThat(r.grade()).isEqualTo(Grade.EXCELLENT))
                .satisfies(r -> assertThat(r.total()).isEqualByComparingTo("92"));

        List<InstalmentView> paid = as(cast(), () -> grants.ofStation(first.id()));
        assertThat(paid).extracting(InstalmentView::year, InstalmentView::stationYear, InstalmentView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2021, 1, InstalmentStatus.PAID),
                        org.assertj.core.groups.Tuple.tuple(2022, 2, InstalmentStatus.PAID));
        assertThat(as(cast(), () -> grantHistory.importedPayments(first.id())))
                .extracting(GrantHistory.PaymentLine::amount).containsExactly(new BigDecimal("500000.00"),
                        new BigDecimal("500000.00"));
        assertThat(as(cast(), () -> clawbacks.ofStation(mine.get(plan.station(7)).id())).orElseThrow())
                .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("500000"))
                .satisfies(c -> assertThat(c.repaid()).isEqualByComparingTo("500000"))
                .satisfies(c -> assertThat(c.settledOn()).isEqualTo(java.time.LocalDate.of(2024, 12, 20)));

        assertThat(anomaliesOf(mine)).isEmpty();
        assertThat(nextNumber(2022)).as("the 2022 series continues after the imported 〔2022〕6号")
                .isEqualTo("衢市科协〔2022〕7号");
    }

    @Test
    @DisplayName("A history that disagrees with itself imports as it happened, and the reconciliation lists each anomaly")
    void aSeededInconsistentHistoryListsEveryAnomaly() {
        HistoryWorkbooks.Plan plan = new HistoryWorkbooks.Plan("历史乙", 8)
                .extraPayment(1, 2023, "250000", "-三年")      // no grant for a third year
                .payment(2, 2022, "300000")                    // a national year-2 grant is 500,000
                .extraPayment(3, 2021, "250000", "-重复")      // the first year paid twice
                .grade(4, 2022, "不合格").payment(4, 2022, "500000")   // paid for an unqualified year
                .extraPayment(6, 2020, "500000", "-认定前");   // paid for a year without any result

        books.importAll(plan);

        Map<String, StationView> mine = mine("历史乙");
        assertThat(anomaliesOf(mine).stream().map(a -> a.kind() + " " + name(mine, a.stationId()) + " " + a.detail()))
                .containsExactlyInAnyOrder(
                        Anomaly.IMPORTED_AMOUNT_MISMATCH + " 历史乙服务站1 2023 · 250000.00 ≠ -",
                        Anomaly.IMPORTED_AMOUNT_MISMATCH + " 历史乙服务站2 2022 · 300000.00 ≠ 500000.00",
                        Anomaly.IMPORTED_PAID_TWICE + " 历史乙服务站3 2021 · 2 × · 500000.00",
                        Anomaly.IMPORTED_PAID_WITHOUT_PASSING_RESULT + " 历史乙服务站4 2022 · 500000.00 · UNQUALIFIED",
                        Anomaly.IMPORTED_PAID_WITHOUT_PASSING_RESULT + " 历史乙服务站6 2020 · 500000.00 · -");
    }

    @Test
    @DisplayName("The same stations file imported a second time is recognised by its SHA-256 and refused")
    void theSameFileTwiceIsRefused() {
        HistoryWorkbooks.Plan plan = new HistoryWorkbooks.Plan("历史丙", 2);
        books.commit("host-units", books.units(plan));
        books.commit("societies", books.societies(plan));
        byte[] file = books.stations(plan);
        books.commit("station-history", file);

        assertThatThrownBy(() -> books.upload("station-history", file))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("import.error.alreadyImported"));
        assertThat(mine("历史丙")).hasSize(2);
    }

    @Test
    @DisplayName("A results file with bad rows lists each problem at its row and column and imports none of its rows")
    void badRowsImportNothing() {
        HistoryWorkbooks.Plan plan = new HistoryWorkbooks.Plan("历史丁", 2);
        books.commit("host-units", books.units(plan));
        books.commit("societies", books.societies(plan));
        books.commit("station-history", books.stations(plan));
        byte[] file = books.file("result-history", List.of(
                List.of(plan.station(0), 2021, "合格", "75", "衢市科协〔2022〕5号", "2022-03-20"),
                List.of("历史丁没有的服务站", 2021, "合格", "75", "衢市科协〔2022〕5号", "2022-03-20"),
                List.of(plan.station(1), 2020, "合格", "75", "衢市科协〔2021〕5号", "2021-03-20"),
                List.of(plan.station(1), 2021, "良好", "75", "衢市科协〔2022〕5号", "2022-03-20"),
                List.of(plan.station(0), 2021, "合格", "75", "衢市科协〔2022〕5号", "2022-03-20"),
                List.of(plan.station(1), 2022, "合格", "-3", "衢市科协〔2023〕5号", "2099-03-20")));

        long id = books.upload("result-history", file);

        ImportPreview preview = as(cast(), () -> imports.preview(id, 0));
        assertThat(preview.batch().state()).isEqualTo(ImportState.INVALID);
        assertThat(preview.problems()).extracting(p -> p.row() + p.column() + " " + p.key()).containsExactly(
                "4A history.error.unknownStation",
                "5B history.error.beforeRecognition",
                "6C import.error.notAllowed",
                "7B import.error.duplicateInFile",
                "8D import.error.score",
                "8F history.error.future");
        assertThatThrownBy(() -> as(cast(), () -> imports.commit(id))).isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.queryForObject("select count(*) from evaluation_result r join station s on s.id = r.station_id"
                + " where s.name like '历史丁%'", Integer.class)).isZero();
    }

    @Test
    @DisplayName("A row the owning module refuses at commit (a repayment beyond the clawback) rolls the whole file back")
    void aRowRefusedAtCommitRollsTheFileBack() {
        HistoryWorkbooks.Plan plan = new HistoryWorkbooks.Plan("历史戊", 2);
        books.importAll(plan);
        long id = books.upload("revocation-history", books.file("revocation-history", List.of(
                List.of(plan.station(0), "（六）上级学会反馈合作情况较差，并无进一步合作意向", "学会不再合作",
                        "衢市科协〔2024〕21号", "2024-06-30", "", "", ""),
                List.of(plan.station(1), "（六）上级学会反馈合作情况较差，并无进一步合作意向", "学会不再合作",
                        "衢市科协〔2024〕21号", "2024-06-30", "2024-09-30", "500001", "历史戊还款"))));
        assertThat(as(cast(), () -> imports.preview(id, 0)).batch().state()).isEqualTo(ImportState.VALIDATED);

        assertThatThrownBy(() -> as(cast(), () -> imports.commit(id)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("import.error.commitRow"))
                .satisfies(e -> assertThat(((BusinessRuleException) e).args()[0]).isEqualTo(4));
        assertThat(mine("历史戊").values()).extracting(StationView::status).containsOnly(StationStatus.ACTIVE);
        assertThat(jdbc.queryForObject("select count(*) from clawback c join station s on s.id = c.station_id"
                + " where s.name like '历史戊%'", Integer.class)).isZero();
    }

    private Map<String, StationView> mine(String prefix) {
        return as(cast(), () -> stations.list()).stream().filter(s -> s.name().startsWith(prefix))
                .collect(Collectors.toMap(StationView::name, s -> s));
    }

    private List<Anomaly> anomaliesOf(Map<String, StationView> mine) {
        var ids = mine.values().stream().map(StationView::id).collect(Collectors.toSet());
        return as(cast(), () -> reconciliation.runNow()).anomalies().stream().filter(a -> ids.contains(a.stationId()))
                .toList();
    }

    private static String name(Map<String, StationView> mine, long id) {
        return mine.values().stream().filter(s -> s.id() == id).findFirst().orElseThrow().name();
    }

    /** The next number of the year's series, given back afterwards (the transaction rolls back). */
    private String nextNumber(int year) {
        return tx.execute(s -> {
            s.setRollbackOnly();
            return numbers.next(year).text();
        });
    }

    private PlatformUser cast() {
        return world.user(Role.CITY_CAST);
    }
}
