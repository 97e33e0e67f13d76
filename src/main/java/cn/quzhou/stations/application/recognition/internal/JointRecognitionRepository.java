package cn.quzhou.stations.application.recognition.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JointRecognitionRepository extends JpaRepository<JointRecognition, Long> {

    Optional<JointRecognition> findByNoticeId(long noticeId);

    Optional<JointRecognition> findByRecognitionId(long recognitionId);

}
