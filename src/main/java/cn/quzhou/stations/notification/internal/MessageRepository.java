package cn.quzhou.stations.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface MessageRepository extends JpaRepository<Message, Long> {

    java.util.List<Message> findByRecipientAccountIdOrderByCreatedAtDescIdDesc(long recipientAccountId, Pageable page);

    Optional<Message> findByIdAndRecipientAccountId(long id, long recipientAccountId);

    long countByRecipientAccountIdAndReadAtIsNull(long recipientAccountId);

    @Modifying
    @Query("update Message m set m.readAt = :at where m.recipientAccountId = :recipient and m.readAt is null")
    int markAllRead(long recipient, Instant at);

    @Transactional
    @Modifying
    @Query("update Message m set m.emailStatus = :status where m.id = :id")
    int recordEmailStatus(long id, String status);
}
