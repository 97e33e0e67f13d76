package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Published results, payments, ledger lines and recognition documents carry a MAC of their content (issue #11); a row changed in SQL behind
 * the platform's back — even by the owner with the append-only trigger off — is listed by the nightly reconciliation.
 */
class SealedRecordsTests extends PlatformTest {

    @Autowired
    ResultFixtures results;

    @Autowired
    FundingFixtures funding;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedResultChangedInSqlIsListedByTheReconciliation() {
        world.ensure();
        long station = results.station("封存结果服务站" + System.nanoTime(), LocalDate.of(2069, 3, 1));
        long result = results.publish(2071, station, Grade.QUALIFIED, new BigDecimal("72.50"));
        assertThat(sealAnomalies(station)).as("as published, it matches").isEmpty();

        behindThePlatformsBack("evaluation_result", "evaluation_result_no_update",
                "update evaluation_result set grade = 'EXCELLENT', total = 92.50 where id = " + result);
        try {
            assertThat(sealAnomalies(station)).extracting(Anomaly::kind, Anomaly::stationId, Anomaly::detail)
                    .containsExactly(tuple(Anomaly.RESULT_SEAL_MISMATCH, station, "#" + result + " · ALTERED"));
        } finally {
            behindThePlatformsBack("evaluation_result", "evaluation_result_no_update",
                    "update evaluation_result set grade = 'QUALIFIED', total = 72.50 where id = " + result);
        }
        assertThat(sealAnomalies(station)).as("put back, it matches again").isEmpty();
    }

    @Test
    void aPaymentAndItsLedgerLineChangedInSqlAreListed() {
        long station = funding.national("封存拨款服务站" + System.nanoTime());
        funding.publish(station, 2093, 1, 1, Grade.QUALIFIED);
        var payment = funding.pay(station, 2093);
        assertThat(sealAnomalies(station)).isEmpty();

        String reference = jdbc.sql("select bank_reference from grant_payment where id = ?").param(payment.id())
                .query(String.class).single();
        String recorder = jdbc.sql("select recorded_by from ledger_entry where payment_id = ?").param(payment.id())
                .query(String.class).single();
        jdbc.sql("update grant_payment set bank_reference = 'FORGED' where id = ?").param(payment.id()).update();
        behindThePlatformsBack("ledger_entry", "ledger_entry_no_update",
                "update ledger_entry set recorded_by = 'someone-else' where payment_id = " + payment.id());
        try {
            assertThat(sealAnomalies(station)).extracting(Anomaly::kind, Anomaly::stationId)
                    .containsExactlyInAnyOrder(tuple(Anomaly.PAYMENT_SEAL_MISMATCH, station),
                            tuple(Anomaly.LEDGER_SEAL_MISMATCH, station));
        } finally {
            jdbc.sql("update grant_payment set bank_reference = ? where id = ?").params(reference, payment.id()).update();
            behindThePlatformsBack("ledger_entry", "ledger_entry_no_update", "update ledger_entry set recorded_by = '"
                    + recorder.replace("'", "''") + "' where payment_id = " + payment.id());
        }
        assertThat(sealAnomalies(station)).isEmpty();
    }

    @Test
    void aRecognitionDocumentWhoseStationLineIsChangedInSqlIsListed() {
        long station = funding.provincial("封存认定服务站" + System.nanoTime());
        long recognition = jdbc.sql("""
                select rs.recognition_id from recognition_station rs join station s on s.application_id = rs.application_id
                 where s.id = ?""").param(station).query(Long.class).single();
        assertThat(sealAnomalies(station)).isEmpty();
        String name = jdbc.sql("select station_name from recognition_station where recognition_id = ?")
                .param(recognition).query(String.class).single();
        jdbc.sql("update recognition_station set station_name = '另一个服务站' where recognition_id = ?")
                .param(recognition).update();
        try {
            assertThat(sealAnomalies(station)).extracting(Anomaly::kind, Anomaly::detail)
                    .containsExactly(tuple(Anomaly.RECOGNITION_SEAL_MISMATCH, "#" + recognition + " · ALTERED"));
        } finally {
            jdbc.sql("update recognition_station set station_name = ? where recognition_id = ?")
                    .params(name, recognition).update();
        }
        assertThat(sealAnomalies(station)).isEmpty();
    }

    private List<Anomaly> sealAnomalies(long station) {
        return reconciliation.run().anomalies().stream()
                .filter(a -> a.stationId() == station && a.kind().endsWith("_SEAL_MISMATCH")).toList();
    }

    /** What the database owner can do: the append-only trigger off for one statement. */
    private void behindThePlatformsBack(String table, String trigger, String sql) {
        jdbc.sql("alter table " + table + " disable trigger " + trigger).update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table " + table + " enable trigger " + trigger).update();
        }
    }
}
