package org.cellbook.measurements;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementFileRepository extends JpaRepository<MeasurementFile, Long> {

  List<MeasurementFile> findBySha256(String sha256);
}
