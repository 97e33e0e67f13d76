package cn.quzhou.stations.application.panel.internal;

import cn.quzhou.stations.application.panel.SheetStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewSheetRepository extends JpaRepository<ReviewSheet, Long> {

    List<ReviewSheet> findByPanelIdOrderByIdAsc(long panelId);

    List<ReviewSheet> findByExpertIdAndStatusInOrderByIdAsc(long expertId, Collection<SheetStatus> statuses);

    Optional<ReviewSheet> findByIdAndExpertIdAndStatusIn(long id, long expertId, Collection<SheetStatus> statuses);

    boolean existsByExpertIdAndApplicationIdAndStatus(long expertId, long applicationId, SheetStatus status);

    Optional<ReviewSheet> findByPanelIdAndApplicationIdAndExpertId(long panelId, long applicationId, long expertId);
}
