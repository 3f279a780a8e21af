package org.cellbook.measurements;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

  Optional<Measurement> findByCode(String code);

  @Query(
      "select m from Measurement m where m.cell.code = :code and m.withdrawnAt is null order by m.createdAt desc, m.id desc")
  List<Measurement> findByCellCode(String code);

  @Query(
      "select m from Measurement m where m.lot.code = :code and m.withdrawnAt is null order by m.createdAt desc, m.id desc")
  List<Measurement> findByLotCode(String code);

  @Query(
      "select m from Measurement m where m.cell.code in :codes and m.withdrawnAt is null"
          + " order by m.cell.code, m.createdAt desc, m.id desc")
  List<Measurement> findByCellCodes(java.util.Collection<String> codes);

  /** Work left over when the app stopped: queued or running measurements. */
  List<Measurement> findByStatusIn(List<MeasurementStatus> statuses);

  /** Every measurement code, for the start-up clean-up of series without a measurement. */
  @Query("select m.code from Measurement m")
  java.util.Set<String> allCodes();

  /** Sets the integrity mark without touching the version: it is not an edit of the record. */
  @Modifying
  @Query("update Measurement m set m.integrity = :integrity where m.id = :id")
  void markIntegrity(long id, FileIntegrity integrity);
}
