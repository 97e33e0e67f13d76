package cn.quzhou.stations.audit.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit chain's last link as written by the current transaction. While a transaction holds the chain lock no one
 * else can append, so its own last insert is the chain's tail: the lock and the read of the tail are needed once per
 * transaction, not once per record. Keyed by the transaction's JDBC connection holder, so a transaction started
 * inside another (REQUIRES_NEW) has its own entry; forgotten when the transaction ends, committed or rolled back.
 * Never used without transaction synchronisation (then every record locks and reads).
 */
final class ChainTails {

    private final DataSource dataSource;
    private final Map<Object, ChainLink> byTransaction = new ConcurrentHashMap<>();

    ChainTails(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<ChainLink> current() {
        Object key = key();
        return key == null ? Optional.empty() : Optional.ofNullable(byTransaction.get(key));
    }

    void remember(ChainLink link) {
        Object key = key();
        if (key == null) {
            return;
        }
        if (byTransaction.put(key, link) == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byTransaction.remove(key);
                }
            });
        }
    }

    /** The transaction's connection holder, or null outside a synchronised transaction. */
    private Object key() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        return TransactionSynchronizationManager.getResource(dataSource);
    }
}
