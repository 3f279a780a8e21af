package org.cellbook.base;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CodeCounterRepository extends JpaRepository<CodeCounter, String> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from CodeCounter c where c.prefix = :prefix")
  Optional<CodeCounter> lockByPrefix(String prefix);
}
