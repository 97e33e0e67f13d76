package cn.quzhou.stations.application.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {

    @Query("select n from PublicNotice n where n.startDate <= ?1 and n.endDate >= ?1 order by n.startDate, n.id")
    List<PublicNotice> findOpenOn(LocalDate day);

    @Query(value = "select application_id from public_notice_item", nativeQuery = true)
    List<Long> noticedApplicationIds();
}
