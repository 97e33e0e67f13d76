package cn.quzhou.stations.application.recognition.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecognitionRepository extends JpaRepository<Recognition, Long> {

    Optional<Recognition> findByNoticeId(long noticeId);

    List<Recognition> findAllByOrderByIdDesc();
}
