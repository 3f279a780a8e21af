package org.cellbook.audit;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what and when, read from the Envers audit tables. */
@Service
public class HistoryService {

  private final EntityManager entityManager;

  HistoryService(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Revisions of one record, newest first, each with the fields that changed in it. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(Class<?> entityType, Long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        AuditReaderFactory.get(entityManager)
            .createQuery()
            .forRevisionsOfEntity(entityType, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    List<HistoryEntry> entries = new ArrayList<>();
    Object previous = null;
    for (Object[] row : rows) {
      Object snapshot = row[0];
      AuditRevision revision = (AuditRevision) row[1];
      RevisionType type = (RevisionType) row[2];
      entries.add(
          new HistoryEntry(
              revision.getRev(),
              Instant.ofEpochMilli(revision.getTimestamp()),
              revision.getUsername(),
              switch (type) {
                case ADD -> "created";
                case MOD -> "changed";
                case DEL -> "deleted";
              },
              type == RevisionType.MOD ? differences(previous, snapshot) : List.of(),
              revision.getReason()));
      previous = snapshot;
    }
    return entries.reversed();
  }

  /** "amountLeft: 12.0 → 9.5" for each simple or to-one field that differs. */
  static List<String> differences(Object before, Object after) {
    List<String> changes = new ArrayList<>();
    if (before == null || after == null) {
      return changes;
    }
    for (Class<?> c = after.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            || Collection.class.isAssignableFrom(field.getType())
            || field.getName().equals("version")) {
          continue;
        }
        field.setAccessible(true);
        try {
          String old = describe(field.get(before));
          String now = describe(field.get(after));
          if (!Objects.equals(old, now)) {
            changes.add(field.getName() + ": " + old + " → " + now);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + field, e);
        }
      }
    }
    return changes;
  }

  private static String describe(Object value) {
    return value == null ? "—" : value.toString();
  }
}
