package cn.quzhou.stations.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

class DocumentNumbersTests extends PlatformTest {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyDocumentOfAYearTakesTheNextNumberOfOneGaplessSeries() {
        // year 2199 belongs to this test alone
        var first = tx.execute(s -> numbers.next(2199));
        var second = tx.execute(s -> numbers.next(2199));
        assertThat(first.text()).isEqualTo("衢市科协〔2199〕" + first.seq() + "号");
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
    }

    @Test
    void aRolledBackDocumentGivesItsNumberBack() {
        var before = tx.execute(s -> numbers.next(2198));
        tx.executeWithoutResult(s -> {
            numbers.next(2198);
            s.setRollbackOnly();
        });
        assertThat(tx.execute(s -> numbers.next(2198)).seq()).isEqualTo(before.seq() + 1);
    }

    @Test
    void aNumberIsOnlyTakenInsideTheIssuingTransaction() {
        assertThatThrownBy(() -> numbers.next(2197)).isInstanceOf(IllegalTransactionStateException.class);
    }
}
