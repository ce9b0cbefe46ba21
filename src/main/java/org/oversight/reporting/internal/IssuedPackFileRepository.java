package org.oversight.reporting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedPackFileRepository extends JpaRepository<IssuedPackFile, Long> {
    Optional<IssuedPackFile> findByPackIdAndFormat(long packId, String format);

    List<IssuedPackFile> findByPackIdOrderById(long packId);
}
