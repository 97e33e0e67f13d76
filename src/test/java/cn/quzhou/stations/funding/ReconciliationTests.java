package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly reconciliation: empty when all is well, and each of its three findings when provoked. */
class ReconciliationTests extends PlatformTest {

    @Autowired
    FundingFixtures funding;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHealthySystemReconcilesToNothing() {
        long paid = funding.national("对账健康服务站" + System.nanoTime());
        funding.publish(paid, 2096, 1, 1, Grade.QUALIFIED);
        funding.pay(paid, 2096);
        long revoked = funding.national("对账健康撤销服务站" + System.nanoTime());
        funding.revoke(revoked);
        assertThat(anomalies()).isEmpty();
    }

    @Test
    void eachAnomalyIsListedWhenProvoked() throws Exception {
        long revoked = funding.national("对账撤销无追缴服务站" + System.nanoTime());
        funding.revoke(revoked);
        long corrected = funding.national("对账更正服务站" + System.nanoTime());
        funding.publish(corrected, 2096, 1, 1, Grade.QUALIFIED);
        funding.pay(corrected, 2096);
        long unbalanced = funding.national("对账不平服务站" + System.nanoTime());
        funding.publish(unbalanced, 2096, 1, 1, Grade.QUALIFIED);
        funding.pay(unbalanced, 2096);
        String clawback = jdbc.sql("select id || ',' || document_number || ',' || opened_on from clawback where station_id = ?")
                .param(revoked).query(String.class).single();
        try {
            jdbc.sql("delete from clawback where station_id = ?").param(revoked).update();
            funding.publish(corrected, 2096, 2, 1, Grade.UNQUALIFIED); // the facade's way: a correction after payment
            jdbc.sql("update funds_ledger set balance = balance - 1 where station_id = ?").param(unbalanced).update();

            List<Anomaly> found = anomalies();
            assertThat(found).extracting(Anomaly::kind, Anomaly::stationId).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(Anomaly.REVOKED_WITHOUT_CLAWBACK, revoked),
                    org.assertj.core.groups.Tuple.tuple(Anomaly.PAID_WITHOUT_PASSING_RESULT, corrected),
                    org.assertj.core.groups.Tuple.tuple(Anomaly.LEDGER_OUT_OF_BALANCE, unbalanced));
            String page = mvc.perform(get("/funding/reconciliation").with(user(world.user(Role.CITY_CAST))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("已撤销但未建立追缴", "已拨付但没有有效的合格考核结果", "台账分录合计与余额不符", "上次对账");
        } finally {
            String[] c = clawback.split(",");
            jdbc.sql("""
                    insert into clawback (id, station_id, host_unit_id, jurisdiction_id, amount, opened_on, document_number,
                                          settled_on) values (?, ?, 0, 0, 0, ?::date, ?, ?::date)
                    on conflict do nothing""").params(Long.parseLong(c[0]), revoked, c[2], c[1], c[2]).update();
            funding.publish(corrected, 2096, 3, 1, Grade.QUALIFIED);
            jdbc.sql("update funds_ledger set balance = balance + 1 where station_id = ?").param(unbalanced).update();
        }
        assertThat(anomalies()).as("repaired: nothing left").isEmpty();
    }

    @Test
    void aPaymentWithoutAPassingResultLeavesTheListOnceTheRevokedStationsClawbackRecoversIt() {
        long station = funding.national("对账更正后撤销服务站" + System.nanoTime());
        funding.publish(station, 2095, 1, 1, Grade.QUALIFIED);
        funding.pay(station, 2095);
        funding.publish(station, 2095, 2, 1, Grade.UNQUALIFIED);
        assertThat(anomalies()).extracting(Anomaly::kind, Anomaly::stationId)
                .contains(org.assertj.core.groups.Tuple.tuple(Anomaly.PAID_WITHOUT_PASSING_RESULT, station));

        funding.revoke(station);
        assertThat(anomalies()).extracting(Anomaly::stationId)
                .as("the clawback recovers the payment").doesNotContain(station);
        assertThat(jdbc.sql("select amount from clawback where station_id = ?").param(station)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("500000");
    }

    /**
     * The reconciliation of the shared database, less the anomalies another class seeds on purpose and must leave in
     * place (an imported history is append-only): {@code StationHistoryImportTests}' inconsistent stations 历史乙服务站n.
     */
    private List<Anomaly> anomalies() {
        List<Long> seeded = jdbc.sql("select id from station where name like '历史乙服务站%'").query(Long.class).list();
        return reconciliation.run().anomalies().stream().filter(a -> !seeded.contains(a.stationId())).toList();
    }
}
