package org.cellbook.measurements;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasurementFileRepository extends JpaRepository<MeasurementFile, Long> {

  boolean existsBySha256(String sha256);

  /** Every SHA-256 a measurement refers to. */
  @Query("select distinct f.sha256 from MeasurementFile f")
  Set<String> referencedSha256();

  /** Bytes of the stored files measurements refer to, each file counted once. */
  @Query(
      "select coalesce(sum(f.sizeBytes), 0) from MeasurementFile f"
          + " where f.id in (select min(g.id) from MeasurementFile g group by g.sha256)")
  long storedBytes();

  /** A stored file as a measurement recorded it. */
  interface Recorded {
    long getMeasurementId();

    String getCode();

    String getSha256();

    String getOriginalName();
  }

  /** Every measurement's files, by measurement code and position. */
  @Query(
      "select m.id as measurementId, m.code as code, f.sha256 as sha256,"
          + " f.originalName as originalName"
          + " from MeasurementFile f join f.measurement m order by m.code, f.position")
  List<Recorded> recorded();
}
