package org.cellbook.measurements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cells found by their KPIs and by how their active material was made — "cells with ICE &gt; 80 %
 * from batches carbonized at ≥ 1000 °C" — one page at a time, in the database: the first KPI
 * condition drives the query through the KPI index, the others are indexed EXISTS checks, and the
 * lineage is a chain of joins.
 */
@Service
public class CellSearch {

  /** What to look for; nulls and empty lists do not filter. */
  public record Query(
      List<KpiCondition> kpis,
      Double minTemperatureCelsius,
      Double maxTemperatureCelsius,
      String batchCode,
      String status) {

    public static Query all() {
      return new Query(List.of(), null, null, null, null);
    }
  }

  /** A found cell with its lineage and current KPIs. */
  public record Hit(
      String code,
      String name,
      String status,
      String configuration,
      String disc,
      String sheet,
      String activeLot,
      String batch,
      String batchName,
      Double carbonizationTemperatureCelsius,
      Map<String, Double> kpis) {}

  /** Sortable columns: the API's names mapped to SQL. */
  private static final Map<String, String> SORTS =
      Map.of(
          "code", "c.code",
          "batch", "b.code",
          "temperature", "b.key_temperature_c",
          "created", "c.created_at");

  private final JdbcClient jdbc;

  CellSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<Hit> find(Query q, String sort, boolean descending, int offset, int limit) {
    // With a KPI condition the query starts from the KPI index (name, is_current, value) rather
    // than from every cell: a selective condition then touches only the cells that pass it.
    List<KpiCondition> conditions = q.kpis();
    StringBuilder sql =
        new StringBuilder(
            // distinct: a cell with two current measurements of one KPI is listed once
            "select distinct c.id, c.code, c.name, c.status, c.configuration, d.code, s.code,"
                + " l.code, b.code, b.name, b.key_temperature_c, c.created_at from ");
    Map<String, Object> params = new LinkedHashMap<>();
    if (!conditions.isEmpty()) {
      KpiCondition first = conditions.getFirst();
      sql.append("kpi k0 join cell c on c.id = k0.cell_id");
      params.put("n0", first.name());
      params.put("v0", first.value());
    } else {
      sql.append("cell c");
    }
    sql.append(
        " join disc d on d.id = c.working_disc_id"
            + " join electrode_sheet s on s.id = d.sheet_id"
            + " join lot l on l.id = s.active_lot_id"
            + " left join synthesis_batch b on b.id = l.produced_by_batch_id where 1 = 1");
    if (!conditions.isEmpty()) {
      sql.append(
          " and k0.name = :n0 and k0.is_current and k0.kpi_value "
              + conditions.getFirst().operator()
              + " :v0");
    }
    if (q.minTemperatureCelsius() != null) {
      sql.append(" and b.key_temperature_c >= :tmin");
      params.put("tmin", q.minTemperatureCelsius());
    }
    if (q.maxTemperatureCelsius() != null) {
      sql.append(" and b.key_temperature_c <= :tmax");
      params.put("tmax", q.maxTemperatureCelsius());
    }
    if (q.batchCode() != null && !q.batchCode().isBlank()) {
      sql.append(" and b.code = :batch");
      params.put("batch", q.batchCode().strip());
    }
    if (q.status() != null && !q.status().isBlank()) {
      sql.append(" and c.status = :status");
      params.put("status", q.status().strip().toUpperCase(java.util.Locale.ROOT));
    }
    for (int k = 1; k < conditions.size(); k++) {
      KpiCondition c = conditions.get(k);
      sql.append(
          " and exists (select 1 from kpi k%d where k%d.cell_id = c.id and k%d.is_current"
                  .formatted(k, k, k)
              + " and k%d.name = :n%d and k%d.kpi_value %s :v%d)"
                  .formatted(k, k, k, c.operator(), k));
      params.put("n" + k, c.name());
      params.put("v" + k, c.value());
    }
    String order = SORTS.getOrDefault(sort == null ? "code" : sort, "c.code");
    sql.append(" order by ")
        .append(order)
        .append(descending ? " desc" : " asc")
        .append(", c.code offset :offset rows fetch next :limit rows only");
    params.put("offset", Math.max(0, offset));
    params.put("limit", Math.max(1, Math.min(limit, 1000)));

    List<Long> ids = new ArrayList<>();
    List<Hit> hits = new ArrayList<>();
    jdbc.sql(sql.toString())
        .params(params)
        .query(
            rs -> {
              ids.add(rs.getLong(1));
              double t = rs.getDouble(11);
              hits.add(
                  new Hit(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4).toLowerCase(java.util.Locale.ROOT),
                      rs.getString(5).toLowerCase(java.util.Locale.ROOT),
                      rs.getString(6),
                      rs.getString(7),
                      rs.getString(8),
                      rs.getString(9),
                      rs.getString(10),
                      rs.wasNull() ? null : t,
                      new LinkedHashMap<>()));
            });
    if (!ids.isEmpty()) {
      Map<Long, Map<String, Double>> byId = new LinkedHashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        byId.put(ids.get(i), hits.get(i).kpis());
      }
      jdbc.sql(
              "select cell_id, name, kpi_value from kpi where is_current and cell_id in (:ids)"
                  + " order by id")
          .param("ids", ids)
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs -> byId.get(rs.getLong(1)).put(rs.getString(2), rs.getDouble(3)));
    }
    return hits;
  }
}
