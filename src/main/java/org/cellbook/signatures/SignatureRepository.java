package org.cellbook.signatures;

import java.util.List;
import org.cellbook.base.RecordType;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignatureRepository extends JpaRepository<Signature, Long> {

  List<Signature> findByRecordTypeAndRecordCodeOrderBySignedAtAscIdAsc(
      RecordType recordType, String recordCode);

  List<Signature> findByRecordTypeAndRecordCodeAndSupersededAtIsNullOrderBySignedAtAscIdAsc(
      RecordType recordType, String recordCode);

  List<Signature> findBySupersededAtIsNullOrderByRecordTypeAscRecordCodeAscIdAsc();
}
