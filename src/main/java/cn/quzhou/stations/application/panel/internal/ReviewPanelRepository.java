package cn.quzhou.stations.application.panel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewPanelRepository extends JpaRepository<ReviewPanel, Long> {

    List<ReviewPanel> findAllByOrderByFormedAtDescIdDesc();
}
