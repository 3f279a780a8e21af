package org.cellbook.lineage;

import java.util.List;
import org.cellbook.base.RecordFinder;
import org.cellbook.base.RecordRef;
import org.cellbook.base.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search box: one query over every coded table. Exact codes come first, then codes
 * starting with the text, then anything containing it in code or name.
 */
@Service
class RecordSearch implements RecordFinder {

  private static final String SQL =
      """
      select type, code, name, rank from (
        select 'MATERIAL' as type, code, name, %1$s from material where %2$s
        union all
        select 'LOT', l.code, m.name, %3$s from lot l join material m on m.id = l.material_id
          where lower(l.code) like :like or lower(m.name) like :like
        union all
        select 'BATCH', code, name, %1$s from synthesis_batch where %2$s
        union all
        select 'SHEET', code, name, %1$s from electrode_sheet where %2$s
        union all
        select 'DISC', code, code, %4$s from disc where lower(code) like :like
        union all
        select 'CELL', code, coalesce(name, code), %4$s from cell
          where lower(code) like :like or lower(coalesce(name, '')) like :like
      ) hits order by rank, code fetch first :limit rows only
      """
          .formatted(
              rank("code", "name"),
              "lower(code) like :like or lower(name) like :like",
              rank("l.code", "m.name"),
              rank("code", "code"));

  private final JdbcClient jdbc;

  RecordSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String rank(String code, String name) {
    return ("case when lower(%1$s) = :exact or lower(%2$s) = :exact then 0"
            + " when lower(%1$s) like :prefix then 1 else 2 end as rank")
        .formatted(code, name);
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordRef> find(String text, int limit) {
    String needle = text == null ? "" : text.trim().toLowerCase();
    if (needle.isEmpty()) {
      return List.of();
    }
    String escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return jdbc.sql(SQL)
        .param("exact", needle)
        .param("prefix", escaped + "%")
        .param("like", "%" + escaped + "%")
        .param("limit", limit)
        .query(
            (rs, i) ->
                new RecordRef(
                    RecordType.valueOf(rs.getString("type")),
                    rs.getString("code"),
                    rs.getString("name")))
        .list();
  }
}
