package cn.quzhou.stations.documents.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFileRepository extends JpaRepository<StoredFileRow, UUID> {
}
