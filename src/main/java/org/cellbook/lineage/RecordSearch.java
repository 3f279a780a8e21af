package org.cellbook.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cellbook.base.RecordFinder;
import org.cellbook.base.RecordRef;
import org.cellbook.base.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search box. Every kind of record is found by its code or its name, ignoring case, and
 * by the start or any part of either, as the list filters find them. Hits come best first: the
 * exact code (through the unique code indexes; withdrawn records too), codes that start with the
 * text, names that start with it, then codes or names that contain it. A name is searched even when
 * some record has the text as its code: a batch named NWGC950 and the product material whose code
 * is NWGC950 are both found.
 */
@Service
class RecordSearch implements RecordFinder {

  /** Where each kind of record keeps its code and a human name. */
  private record Source(RecordType type, String from, String name) {}

  private static final List<Source> SOURCES =
      List.of(
          new Source(RecordType.MATERIAL, "material t", "t.name"),
          new Source(RecordType.LOT, "lot t join material m on m.id = t.material_id", "m.name"),
          new Source(RecordType.BATCH, "synthesis_batch t", "t.name"),
          new Source(RecordType.SHEET, "electrode_sheet t", "t.name"),
          new Source(RecordType.DISC, "disc t", "t.code"),
          new Source(RecordType.CELL, "cell t", "coalesce(t.name, t.code)"),
          // A measurement is known by its file's name (channel3.xlsx) beside its code.
          new Source(
              RecordType.MEASUREMENT,
              "measurement t",
              "coalesce((select min(f.original_name) from measurement_file f"
                  + " where f.measurement_id = t.id), t.code)"),
          new Source(RecordType.SERIES, "batch_series t", "t.name"));

  private final JdbcClient jdbc;

  RecordSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordRef> find(@Nullable String text, int limit) {
    String needle = text == null ? "" : text.trim();
    if (needle.isEmpty()) {
      return List.of();
    }
    String escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    Map<String, RecordRef> hits = new LinkedHashMap<>();
    // Codes are stored as typed, usually upper case: try the text as given and in upper case.
    for (String code : List.of(needle, needle.toUpperCase())) {
      query(s -> "t.code = :value", code, limit, hits);
    }
    // Withdrawn records are found by their exact code only.
    for (String prefix : List.of(escaped, escaped.toUpperCase())) {
      query(s -> "t.withdrawn_at is null and t.code like :value", prefix + "%", limit, hits);
    }
    String lower = escaped.toLowerCase();
    query(
        s -> "t.withdrawn_at is null and lower(" + s.name() + ") like :value",
        lower + "%",
        limit,
        hits);
    query(
        s ->
            "t.withdrawn_at is null and (lower(t.code) like :value or lower("
                + s.name()
                + ") like :value)",
        "%" + lower + "%",
        limit,
        hits);
    return List.copyOf(hits.values());
  }

  private void query(
      Function<Source, String> where, String value, int limit, Map<String, RecordRef> hits) {
    for (Source source : SOURCES) {
      if (hits.size() >= limit) {
        return;
      }
      jdbc.sql(
              "select t.code, %s from %s where %s fetch first :limit rows only"
                  .formatted(source.name(), source.from(), where.apply(source)))
          .param("value", value)
          .param("limit", limit - hits.size())
          .query(
              rs -> {
                hits.putIfAbsent(
                    source.type() + ":" + rs.getString(1),
                    new RecordRef(source.type(), rs.getString(1), rs.getString(2)));
              });
    }
  }
}
