package org.cellbook.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.cellbook.base.AbstractEntity;
import org.cellbook.base.Coded;
import org.cellbook.base.Label;
import org.cellbook.base.Labelled;
import org.cellbook.base.RecordType;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what and when, read from the Envers audit tables. */
@Service
public class HistoryService {

  private final EntityManager entityManager;
  private final List<RelatedHistory> related;

  HistoryService(EntityManager entityManager, List<RelatedHistory> related) {
    this.entityManager = entityManager;
    this.related = related;
  }

  /** Revisions of one record, newest first, each with the fields that changed in it. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(Class<?> entityType, Long id) {
    AuditQuery query =
        AuditReaderFactory.get(entityManager)
            .createQuery()
            .forRevisionsOfEntity(entityType, false, true)
            .add(AuditEntity.id().eq(id));
    return entries(query, (snapshot, verb) -> verb).reversed();
  }

  /**
   * The record's revisions merged with those of the rows other features keep about it (its
   * signatures given and superseded), newest first.
   */
  @Transactional(readOnly = true)
  public <T extends AbstractEntity & Coded> List<HistoryEntry> history(RecordType type, T record) {
    List<HistoryEntry> all = new ArrayList<>(history(Hibernate.getClass(record), record.getId()));
    for (RelatedHistory source : related) {
      source
          .rows(type, record.getCode())
          .ifPresent(
              rows -> {
                AuditQuery query =
                    AuditReaderFactory.get(entityManager)
                        .createQuery()
                        .forRevisionsOfEntity(rows.entityType(), false, true);
                rows.equalTo().forEach((p, v) -> query.add(AuditEntity.property(p).eq(v)));
                all.addAll(entries(query, rows.action()));
              });
    }
    all.sort(Comparator.comparingInt(HistoryEntry::revision).reversed());
    return all;
  }

  /** The query's revisions oldest first; a row's changes are against its previous snapshot. */
  private static List<HistoryEntry> entries(
      AuditQuery query, BiFunction<Object, String, String> action) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query
            .addOrder(AuditEntity.revisionNumber().asc())
            .addOrder(AuditEntity.id().asc())
            .getResultList();
    List<HistoryEntry> entries = new ArrayList<>();
    Map<Object, Object> previous = new HashMap<>();
    for (Object[] row : rows) {
      Object snapshot = row[0];
      AuditRevision revision = (AuditRevision) row[1];
      RevisionType type = (RevisionType) row[2];
      Object id = snapshot instanceof AbstractEntity e ? e.getId() : null;
      entries.add(
          new HistoryEntry(
              revision.getRev(),
              Instant.ofEpochMilli(revision.getTimestamp()),
              revision.getUsername(),
              action.apply(
                  snapshot,
                  switch (type) {
                    case ADD -> "created";
                    case MOD -> "changed";
                    case DEL -> "deleted";
                  }),
              type == RevisionType.MOD ? differences(previous.get(id), snapshot) : List.of(),
              revision.getReason()));
      previous.put(id, snapshot);
    }
    return entries;
  }

  /**
   * "Product mass: 50 g → 3.3 g" for each simple or to-one field that differs, named by its {@link
   * Label}; collections, the id and the version stay out, enum values read as labels and other
   * records as their codes.
   */
  static List<String> differences(@Nullable Object before, @Nullable Object after) {
    List<String> changes = new ArrayList<>();
    if (before == null || after == null) {
      return changes;
    }
    for (Class<?> c = after.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            || Collection.class.isAssignableFrom(field.getType())
            || field.isAnnotationPresent(Id.class)
            || field.isAnnotationPresent(Version.class)) {
          continue;
        }
        Label label = field.getAnnotation(Label.class);
        String old = describe(before, field, label);
        String now = describe(after, field, label);
        if (!Objects.equals(old, now)) {
          changes.add((label == null ? field.getName() : label.value()) + ": " + old + " → " + now);
        }
      }
    }
    return changes;
  }

  private static String describe(Object record, Field field, @Nullable Label label) {
    Object value = read(record, field);
    if (value == null) {
      return "—";
    }
    String text = text(value);
    if (!(value instanceof Number) || label == null) {
      return text;
    }
    String unit = label.unitFrom().isEmpty() ? label.unit() : unitOf(record, label.unitFrom());
    return unit.isEmpty() ? text : text + " " + unit;
  }

  private static String unitOf(Object record, String fieldName) {
    try {
      Object unit = read(record, record.getClass().getDeclaredField(fieldName));
      return unit == null ? "" : text(unit);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("@Label(unitFrom) names no field: " + fieldName, e);
    }
  }

  private static Object read(Object record, Field field) {
    field.setAccessible(true);
    try {
      return field.get(record);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  /** Numbers in full (an audit trail hides no digit), enums by label, records by code. */
  private static String text(Object value) {
    return switch (value) {
      case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      case Float f -> BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
      case Boolean b -> b ? "yes" : "no";
      case Labelled l -> l.label();
      case Enum<?> e -> e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
      case Coded c -> c.getCode();
      default -> value.toString();
    };
  }
}
