package cn.quzhou.stations.shared;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counters of what the programme does (Prometheus: {@code platform_applications_submitted_total},
 * {@code platform_payments_recorded_total}). Counted when the transaction commits: a refused or rolled-back
 * action is not counted.
 */
@Component
public class BusinessCounters {

    public static final String APPLICATIONS_SUBMITTED = "platform.applications.submitted";
    public static final String PAYMENTS_RECORDED = "platform.payments.recorded";

    private final MeterRegistry registry;

    BusinessCounters(MeterRegistry registry) {
        this.registry = registry;
        registry.counter(APPLICATIONS_SUBMITTED);
        registry.counter(PAYMENTS_RECORDED);
    }

    public void countOnCommit(String counter) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            registry.counter(counter).increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                registry.counter(counter).increment();
            }
        });
    }
}
