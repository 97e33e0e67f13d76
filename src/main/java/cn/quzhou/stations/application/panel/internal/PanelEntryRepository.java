package cn.quzhou.stations.application.panel.internal;

import cn.quzhou.stations.application.panel.PanelStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PanelEntryRepository extends JpaRepository<PanelEntry, Long> {

    List<PanelEntry> findByPanelIdOrderByIdAsc(long panelId);

    /** Whether the application is already before a panel that is still scoring. */
    @Query("select count(e) > 0 from PanelEntry e, ReviewPanel p where e.panelId = p.id and e.applicationId = ?1 and p.status = ?2")
    boolean existsInPanelWithStatus(long applicationId, PanelStatus status);
}
