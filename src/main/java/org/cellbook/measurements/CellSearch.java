package org.cellbook.measurements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cells found by their KPIs and by how their active material was made — "cells with ICE &gt; 80 %
 * from batches carbonized at ≥ 1000 °C" — one page at a time, in the database.
 */
@Service
public class CellSearch {

  /** What to look for; nulls and empty lists do not filter. */
  public record Query(
      List<KpiCondition> kpis,
      @Nullable Double minTemperatureCelsius,
      @Nullable Double maxTemperatureCelsius,
      String batchCode,
      String status) {

    public static Query all() {
      return new Query(List.of(), null, null, null, null);
    }
  }

  /**
   * A found cell with its lineage and current KPIs.
   *
   * @param implausible the current KPIs outside their physical range: name → the analysis's reason
   */
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
      @Nullable Double carbonizationTemperatureCelsius,
      Map<String, Double> kpis,
      Map<String, String> implausible) {}

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

  /** One cell by its code, with its lineage and current KPIs. */
  @Transactional(readOnly = true)
  public Hit get(String code) {
    List<Long> id =
        jdbc.sql("select id from cell where code = :code")
            .param("code", code)
            .query(Long.class)
            .list();
    if (id.isEmpty()) {
      throw new NotFoundException("cell", code);
    }
    return details(id).getFirst();
  }

  /** KPI rows up to which a condition counts as selective enough to drive the query. */
  private static final int SELECTIVE = 10_000;

  private static final String LINEAGE =
      " join disc d on d.id = c.working_disc_id"
          + " join electrode_sheet s on s.id = d.sheet_id"
          + " join lot l on l.id = s.active_lot_id"
          + " left join synthesis_batch b on b.id = l.produced_by_batch_id";

  /**
   * One page of cells. Two queries: the page's cell ids, then their lineage and KPIs. The first
   * query takes one of three plans: by batch or temperature it joins the lineage and sorts; by code
   * or date it walks the cells in that order and stops at the page's end, every filter an EXISTS.
   * When a KPI condition matches few rows (a capped count on its index says so), the cells are
   * taken from those KPI rows instead.
   */
  @Transactional(readOnly = true)
  public List<Hit> find(Query q, @Nullable String sort, boolean descending, int offset, int limit) {
    String order = SORTS.getOrDefault(sort == null ? "code" : sort, "c.code");
    boolean lineageOrder = order.startsWith("b.");
    // The most selective KPI condition, if any is selective enough, drives the query.
    List<KpiCondition> conditions = new ArrayList<>(q.kpis());
    int driver = -1;
    long fewest = Long.MAX_VALUE;
    for (int k = 0; k < conditions.size(); k++) {
      long n = matches(conditions.get(k));
      if (n <= SELECTIVE && n < fewest) {
        fewest = n;
        driver = k;
      }
    }
    if (driver > 0) {
      conditions.addFirst(conditions.remove(driver));
    }
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder sql = new StringBuilder("select c.id from ");
    sql.append("cell c")
        .append(lineageOrder ? LINEAGE : "")
        .append(" where c.withdrawn_at is null");
    int firstExists = 0;
    if (driver >= 0) {
      sql.append(" and c.id in (select k0.cell_id from kpi k0 where ")
          .append(kpiMatch("k0", 0, conditions.getFirst(), params))
          .append(")");
      firstExists = 1;
    }
    lineageFilters(q, sql, params, !lineageOrder);
    for (int k = firstExists; k < conditions.size(); k++) {
      sql.append(" and exists (select 1 from kpi k")
          .append(k)
          .append(" where k")
          .append(k)
          .append(".cell_id = c.id and ")
          .append(kpiMatch("k" + k, k, conditions.get(k), params))
          .append(")");
    }
    sql.append(" order by ")
        .append(order)
        .append(descending ? " desc" : " asc")
        .append(", c.code offset :offset rows fetch next :limit rows only");
    params.put("offset", Math.max(0, offset));
    params.put("limit", Math.max(1, Math.min(limit, 1000)));
    List<Long> ids = jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    return details(ids);
  }

  /** Current KPI rows of cells passing the condition, counted up to {@value #SELECTIVE} + 1. */
  private long matches(KpiCondition c) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = kpiMatch("k", 0, c, params);
    params.put("cap", SELECTIVE + 1);
    long n =
        jdbc.sql(
                "select count(*) from (select 1 from kpi k where k.cell_id is not null and "
                    + where
                    + " fetch first :cap rows only) t")
            .params(params)
            .query(Long.class)
            .single();
    return n;
  }

  /** The operator comes from {@link KpiCondition}'s fixed set, never from free text. */
  private static String kpiMatch(String alias, int k, KpiCondition c, Map<String, Object> params) {
    params.put("n" + k, c.name());
    params.put("v" + k, c.value());
    return "%s.name = :n%d and %s.is_current and %s.kpi_value %s :v%d and %s"
        .formatted(alias, k, alias, alias, c.operator(), k, standing(alias));
  }

  /** A KPI counts only while its measurement is not withdrawn. */
  static String standing(String kpiAlias) {
    return "not exists (select 1 from measurement wm where wm.id = %s.measurement_id and wm.withdrawn_at is not null)"
        .formatted(kpiAlias);
  }

  private static void lineageFilters(
      Query q, StringBuilder sql, Map<String, Object> params, boolean asExists) {
    List<String> batch = new ArrayList<>();
    if (q.minTemperatureCelsius() != null) {
      batch.add("b.key_temperature_c >= :tmin");
      params.put("tmin", q.minTemperatureCelsius());
    }
    if (q.maxTemperatureCelsius() != null) {
      batch.add("b.key_temperature_c <= :tmax");
      params.put("tmax", q.maxTemperatureCelsius());
    }
    if (q.batchCode() != null && !q.batchCode().isBlank()) {
      batch.add("b.code = :batch");
      params.put("batch", q.batchCode().strip());
    }
    if (!batch.isEmpty()) {
      String where = String.join(" and ", batch);
      sql.append(
          asExists
              ? " and exists (select 1 from disc d join electrode_sheet s on s.id = d.sheet_id"
                  + " join lot l on l.id = s.active_lot_id"
                  + " join synthesis_batch b on b.id = l.produced_by_batch_id"
                  + " where d.id = c.working_disc_id and "
                  + where
                  + ")"
              : " and " + where);
    }
    if (q.status() != null && !q.status().isBlank()) {
      sql.append(" and c.status = :status");
      params.put("status", q.status().strip().toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** The page's cells with their lineage and current KPIs, in the order of {@code ids}. */
  private List<Hit> details(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Hit> byId = new LinkedHashMap<>();
    jdbc.sql(
            "select c.id, c.code, c.name, c.status, c.configuration, d.code, s.code, l.code,"
                + " b.code, b.name, b.key_temperature_c from cell c"
                + LINEAGE
                + " where c.id in (:ids)")
        .param("ids", ids)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  // Read as an object: wasNull() after the other columns would ask about those.
                  Double t = rs.getObject(11, Double.class);
                  byId.put(
                      rs.getLong(1),
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
                          t,
                          new LinkedHashMap<>(),
                          new LinkedHashMap<>()));
                });
    jdbc.sql(
            "select k.cell_id, k.name, k.kpi_value, k.implausible_reason from kpi k"
                + " where k.is_current and k.cell_id in (:ids) and "
                + standing("k")
                + " order by k.id")
        .param("ids", ids)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  Hit hit = byId.get(rs.getLong(1));
                  hit.kpis().put(rs.getString(2), rs.getDouble(3));
                  if (rs.getString(4) != null) {
                    hit.implausible().put(rs.getString(2), rs.getString(4));
                  }
                });
    return ids.stream().map(byId::get).toList();
  }
}
