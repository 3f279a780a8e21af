package org.cellbook.measurements;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KpiRepository extends JpaRepository<Kpi, Long> {

  @Modifying
  @Query("update Kpi k set k.current = false where k.measurement = :m and k.current = true")
  void retire(Measurement m);

  @Query("select k from Kpi k where k.run = :run order by k.id")
  List<Kpi> findByRun(AnalysisRun run);

  /**
   * Current KPIs with these names of these measurements: code, name, value, unit, implausibility
   * reason.
   */
  @Query(
      "select k.measurement.code, k.name, k.value, k.unit, k.implausibleReason from Kpi k"
          + " where k.current = true and k.measurement.id in :ids and k.name in :names order by k.id")
  List<Object[]> current(Collection<Long> ids, Collection<String> names);
}
