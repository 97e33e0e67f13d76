package cn.quzhou.stations.application.notice.internal;

import cn.quzhou.stations.application.notice.ObjectionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByNoticeIdOrderById(long noticeId);

    long countByNoticeIdAndStatus(long noticeId, ObjectionStatus status);

    Optional<Objection> findByReceipt(String receipt);

    long countByClientIpAndReceivedAtAfter(String clientIp, Instant after);
}
