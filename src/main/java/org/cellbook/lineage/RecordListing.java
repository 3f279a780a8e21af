package org.cellbook.lineage;

import java.util.function.Consumer;
import org.cellbook.base.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every record of one kind, withdrawn ones with the status "withdrawn", streamed row by row in code
 * order, for exports and the command line; a notebook of 100,000 cells is never held in memory at
 * once.
 */
@Service
public class RecordListing {

  private final JdbcClient jdbc;

  RecordListing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public void forEach(RecordType type, Consumer<RecordSummary> sink) {
    String sql =
        switch (type) {
          case LOT ->
              "select l.code, m.name, case when l.withdrawn_at is not null then 'withdrawn'"
                  + " when l.amount_left > 0 then 'available' else 'used up' end as status"
                  + " from lot l join material m on m.id = l.material_id order by l.code";
          case BATCH ->
              "select code, name, case when withdrawn_at is not null then 'withdrawn' else status end"
                  + " from synthesis_batch order by code";
          case SHEET ->
              "select s.code, s.name, case when s.withdrawn_at is not null then 'withdrawn'"
                  + " when exists (select 1 from disc d where d.sheet_id = s.id and d.withdrawn_at is null"
                  + " and not exists (select 1 from cell c where (c.working_disc_id = d.id or c.counter_disc_id = d.id)"
                  + " and c.withdrawn_at is null))"
                  + " then 'discs free' else 'no free discs' end as status from electrode_sheet s"
                  + " order by s.code";
          case CELL ->
              "select code, coalesce(name, code) as name,"
                  + " case when withdrawn_at is not null then 'withdrawn' else status end"
                  + " from cell order by code";
          case MATERIAL ->
              "select code, name, case when withdrawn_at is not null then 'withdrawn' else kind end"
                  + " from material order by code";
          case MEASUREMENT ->
              "select m.code, coalesce(m.technique, 'unrecognised') || ' of '"
                  + " || coalesce(c.code, l.code) as name,"
                  + " case when m.withdrawn_at is not null then 'withdrawn' else m.status end"
                  + " from measurement m"
                  + " left join cell c on c.id = m.cell_id left join lot l on l.id = m.lot_id"
                  + " order by m.code";
          default -> throw new IllegalArgumentException("cannot list " + type);
        };
    jdbc.sql(sql)
        .query(
            rs -> {
              sink.accept(
                  new RecordSummary(
                      rs.getString(1),
                      rs.getString(2),
                      type.jsonName(),
                      rs.getString(3).toLowerCase()));
            });
  }
}
