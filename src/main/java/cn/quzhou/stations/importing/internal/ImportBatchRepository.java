package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.importing.ImportState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    /** A batch of the uploader's own: the data scope of imports is "what I uploaded". */
    Optional<ImportBatch> findByIdAndUploadedBy(long id, long uploadedBy);

    List<ImportBatch> findTop20ByUploadedByOrderByUploadedAtDescIdDesc(long uploadedBy);

    Optional<ImportBatch> findFirstBySha256AndState(String sha256, ImportState state);
}
