package cn.quzhou.stations.application.notice.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {

    @Query("select n from PublicNotice n where n.startDate <= ?1 and n.endDate >= ?1 order by n.startDate, n.id")
    List<PublicNotice> findOpenOn(LocalDate day);

    /** Applications in public notice that no notice lists yet, oldest first: what the database holds, not every item. */
    @Query(value = """
            select a.id from application a
             where a.status = 'PUBLIC_NOTICE'
               and not exists (select 1 from public_notice_item i where i.application_id = a.id)
             order by a.id""", nativeQuery = true)
    List<Long> candidateIds();

    @Query(value = "select exists (select 1 from public_notice_item where application_id = ?1)", nativeQuery = true)
    boolean noticed(long applicationId);
}
