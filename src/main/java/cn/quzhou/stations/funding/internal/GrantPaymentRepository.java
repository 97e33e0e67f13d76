package cn.quzhou.stations.funding.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Payments are read under their instalment's lock ({@link GrantInstalmentRepository#lockById}). */
public interface GrantPaymentRepository extends JpaRepository<GrantPayment, Long> {
}
