package cn.quzhou.stations.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per transaction: for a facade called row after row in one long transaction (an import of 20,000
 * rows, issue #15) whose rows look up the same few things. Only for what the transaction itself does not change.
 * Without an active transaction nothing is kept. A value that is null is looked up again each time.
 */
public final class TransactionMemo<K, V> {

    public V get(K key, Function<K, V> lookUp) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return lookUp.apply(key);
        }
        return values().computeIfAbsent(key, lookUp);
    }

    /** Forgets what the current transaction read (the values it holds changed). */
    public void forget() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Map<?, ?> values) {
            values.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> values() {
        Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (values == null) {
            values = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, values);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
        }
        return values;
    }
}
