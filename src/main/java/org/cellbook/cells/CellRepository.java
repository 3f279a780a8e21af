package org.cellbook.cells;

import java.util.List;
import java.util.Optional;
import org.cellbook.electrodes.Disc;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CellRepository extends JpaRepository<Cell, Long>, JpaSpecificationExecutor<Cell> {

  Optional<Cell> findByCode(String code);

  /** The active cell built with the disc; a withdrawn cell gave its discs back. */
  @Query(
      "select c from Cell c where (c.workingDisc = :disc or c.counterDisc = :disc)"
          + " and c.withdrawnAt is null")
  Optional<Cell> findUsing(Disc disc);

  /**
   * Discs no active cell uses and not withdrawn, newest sheets first: what the assembly dialog
   * offers.
   */
  @Query(
      "select d from Disc d where d.withdrawnAt is null and not exists"
          + " (select c from Cell c where (c.workingDisc = d or c.counterDisc = d)"
          + " and c.withdrawnAt is null)"
          + " order by d.sheet.createdAt desc, d.seqNo")
  List<Disc> freeDiscs(Limit limit);
}
