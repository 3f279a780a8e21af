package org.cellbook.synthesis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BatchSeriesRepository extends JpaRepository<BatchSeries, Long> {

  Optional<BatchSeries> findByCode(String code);

  List<BatchSeries> findAllByOrderByCodeAsc();

  List<BatchSeries> findByWithdrawnAtIsNullOrderByCodeAsc();
}
