package org.cellbook.measurements;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnalysisRunRepository extends JpaRepository<AnalysisRun, Long> {

  @Query("select r from AnalysisRun r where r.measurement = :m order by r.runNumber desc")
  List<AnalysisRun> findByMeasurement(Measurement m);

  @Query("select coalesce(max(r.runNumber), 0) from AnalysisRun r where r.measurement = :m")
  int lastRunNumber(Measurement m);
}
