package org.cellbook.measurements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cellbook.analysis.math.LineFit;
import org.cellbook.base.Numbers;
import org.cellbook.measurements.plots.Plot;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batches side by side: how each was made (carbonization temperature, filler:host ratio), what its
 * product measures (current KPIs of the product lots) and how its half cells perform (mean ± sd of
 * their current KPIs), and structure–property scatter plots of any two of these with an
 * ordinary-least-squares line.
 */
@Service
public class SeriesComparison {

  /** The build variables every batch has; KPI variables are "material:name" and "cell:name". */
  public static final String TEMPERATURE = "temperature_c";

  public static final String FILLER_PER_HOST = "filler_per_host";

  /** The KPIs a comparison table shows by default (all of them can go on a plot's axes). */
  public static final Set<String> KEY_KPIS =
      Set.of(
          "bet_area_m2_g",
          "total_pore_volume_cm3_g",
          "tplot_micropore_volume_cm3_g",
          "dr_micropore_volume_cm3_g",
          "d002_nm",
          "lc_nm",
          "r_value",
          "id_ig_height",
          "id_ig_area",
          "true_density_g_cm3",
          "ice",
          "reversible_capacity_mah_g",
          "plateau_capacity_mah_g",
          "sloping_capacity_mah_g",
          "retention_last_cycle",
          "b_anodic_at_500mv",
          "b_cathodic_at_100mv",
          "min_d_cm2_s");

  /** True for the build variables and the key KPIs. */
  /** The study's structure–property questions, x then y: one click on the page, all in reports. */
  public static final List<String[]> PRESETS =
      List.of(
          new String[] {"material:r_value", "cell:sloping_capacity_mah_g"},
          new String[] {"material:bet_area_m2_g", "cell:ice"},
          new String[] {FILLER_PER_HOST, "cell:plateau_capacity_mah_g"},
          new String[] {TEMPERATURE, "cell:reversible_capacity_mah_g"});

  public static boolean isKey(Variable v) {
    return !v.key().contains(":") || KEY_KPIS.contains(v.key().substring(v.key().indexOf(':') + 1));
  }

  /**
   * Mean, sample standard deviation (null for one value) and count of a KPI over records. Values
   * outside their physical range are left out unless the comparison includes them.
   *
   * @param mean NaN when every value was left out (n = 0)
   * @param leftOut implausible values left out of mean, sd and n
   * @param implausibleIn implausible values the comparison was asked to include, counted in n
   */
  public record Stat(
      double mean, @Nullable Double sd, int n, String unit, int leftOut, int implausibleIn) {

    /** A statistic of plausible values only. */
    public Stat(double mean, Double sd, int n, String unit) {
      this(mean, sd, n, unit, 0, 0);
    }

    /** "346.6 mAh g⁻¹ ± 12" or "80.6 % ± 1.2 %" for the KPI of this name; "—" with no values. */
    public String display(String kpiName) {
      if (n == 0) {
        return "—";
      }
      KpiValue m = new KpiValue(kpiName, mean, unit);
      String text = m.display();
      if (sd != null && n > 1) {
        double scale = m.isRatio() ? 100 : 1;
        text += String.format(Locale.ROOT, " ± %.2g%s", sd * scale, m.isRatio() ? " %" : "");
      }
      return text;
    }

    /** "1 implausible value left out", "2 implausible values included", or null. */
    public @Nullable String implausibleNote() {
      if (leftOut > 0) {
        return implausibleValues(leftOut) + " left out";
      }
      return implausibleIn > 0 ? implausibleValues(implausibleIn) + " included" : null;
    }
  }

  /** "1 implausible value", "3 implausible values": how the notes and the page count them. */
  public static String implausibleValues(int count) {
    return Numbers.count(count, "implausible value", "implausible values");
  }

  /** One batch of the comparison. */
  public record BatchRow(
      String code,
      String name,
      @Nullable Double temperatureCelsius,
      @Nullable Double fillerPerHost,
      Map<String, Stat> materials,
      Map<String, Stat> cells) {

    /** The value of a variable key, or null when this batch has none (or none plausible). */
    public @Nullable Double value(String key) {
      if (key.equals(TEMPERATURE)) {
        return temperatureCelsius;
      }
      if (key.equals(FILLER_PER_HOST)) {
        return fillerPerHost;
      }
      Stat s = stat(key);
      return s == null || s.n() == 0 ? null : s.mean();
    }

    /** The statistic behind a KPI variable ("cell:ice"), null for build data or none. */
    public @Nullable Stat stat(String key) {
      return key.startsWith("material:")
          ? materials.get(key.substring(9))
          : key.startsWith("cell:") ? cells.get(key.substring(5)) : null;
    }

    /**
     * The value of a variable as a table shows it: "346.6 ± 4.1 (6)", ratios in %, or "—", with the
     * implausible values left out or included ("· 1 implausible value left out").
     */
    public String text(String key) {
      Stat s = stat(key);
      String note = s == null || s.implausibleNote() == null ? "" : " · " + s.implausibleNote();
      Double v = value(key);
      if (v == null) {
        return "—" + note;
      }
      String name = key.substring(key.indexOf(':') + 1);
      double scale = new KpiValue(name, v, null).isRatio() ? 100 : 1;
      String mean = String.format(Locale.ROOT, "%.4g", v * scale);
      if (s != null && s.sd() != null && s.n() > 1) {
        mean += String.format(Locale.ROOT, " ± %.2g (%d)", s.sd() * scale, s.n());
      }
      return mean + note;
    }
  }

  /** A variable that can go on an axis. */
  public record Variable(String key, String label) {}

  /**
   * A scatter of two variables over the batches, with its fit when there are ≥ 3 points.
   *
   * @param leftOut implausible values left out of the batch means on either axis
   * @param implausibleIn implausible values included in them because the user asked
   */
  public record Scatter(
      Plot plot, LineFit fit, List<String> batches, int leftOut, int implausibleIn) {}

  private final JdbcClient jdbc;
  private final BatchService batches;

  SeriesComparison(JdbcClient jdbc, BatchService batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  /** The batches compared on their plausible KPIs. */
  @Transactional(readOnly = true)
  public List<BatchRow> compare(List<String> batchCodes) {
    return compare(batchCodes, false);
  }

  /**
   * The batches compared; KPIs outside their physical range are left out of the means (and counted
   * as left out) unless {@code includeImplausible}.
   */
  @Transactional(readOnly = true)
  public List<BatchRow> compare(List<String> batchCodes, boolean includeImplausible) {
    if (batchCodes.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Stat>> materials =
        stats(
            STATS
                + " from kpi k join lot l on l.id = k.lot_id"
                + " join synthesis_batch b on b.id = l.produced_by_batch_id"
                + " where k.is_current and b.code in (:codes) and "
                + CellSearch.standing("k")
                + " group by b.code, k.name",
            batchCodes,
            includeImplausible);
    Map<String, Map<String, Stat>> cells =
        stats(
            STATS
                + " from kpi k join cell c on c.id = k.cell_id"
                + " join disc d on d.id = c.working_disc_id"
                + " join electrode_sheet s on s.id = d.sheet_id"
                + " join lot l on l.id = s.active_lot_id"
                + " join synthesis_batch b on b.id = l.produced_by_batch_id"
                + " where k.is_current and c.configuration = 'HALF' and b.code in (:codes)"
                + " and c.withdrawn_at is null and "
                + CellSearch.standing("k")
                + " group by b.code, k.name",
            batchCodes,
            includeImplausible);
    List<BatchRow> rows = new ArrayList<>();
    for (String code : batchCodes) {
      SynthesisBatch b = batches.get(code);
      rows.add(
          new BatchRow(
              b.getCode(),
              b.getName(),
              b.getKeyTemperatureCelsius(),
              b.weighedFillerPerHost().orElse(b.getPlannedFillerPerHost()),
              materials.getOrDefault(code, Map.of()),
              cells.getOrDefault(code, Map.of())));
    }
    return rows;
  }

  /** Values that count: all of them, or only the plausible ones (:all false). */
  private static final String COUNTED = "case when k.implausible_reason is null or :all then";

  /** Batch, name, mean, sd, n of the counted values, unit, implausible values. */
  private static final String STATS =
      "select b.code, k.name, avg(%1$s k.kpi_value end), stddev_samp(%1$s k.kpi_value end),"
              .formatted(COUNTED)
          + " count(%s 1 end), max(k.unit), count(k.implausible_reason)".formatted(COUNTED);

  private Map<String, Map<String, Stat>> stats(
      String sql, List<String> codes, boolean includeImplausible) {
    Map<String, Map<String, Stat>> out = new LinkedHashMap<>();
    jdbc.sql(sql)
        .param("codes", codes)
        .param("all", includeImplausible)
        .query(
            rs -> {
              double mean = rs.getDouble(3);
              boolean none = rs.wasNull();
              double sd = rs.getDouble(4);
              Double sdOrNull = rs.wasNull() ? null : sd;
              int implausible = rs.getInt(7);
              out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                  .put(
                      rs.getString(2),
                      new Stat(
                          none ? Double.NaN : mean,
                          sdOrNull,
                          rs.getInt(5),
                          rs.getString(6),
                          includeImplausible ? 0 : implausible,
                          includeImplausible ? implausible : 0));
            });
    return out;
  }

  /** The variables present in these rows, build data first, then materials, then cells. */
  public static List<Variable> variables(List<BatchRow> rows) {
    List<Variable> out = new ArrayList<>();
    out.add(new Variable(TEMPERATURE, "Carbonization temperature (°C)"));
    out.add(new Variable(FILLER_PER_HOST, "Filler : host (g g⁻¹)"));
    Set<String> seen = new LinkedHashSet<>();
    for (String prefix : List.of("material:", "cell:")) {
      for (BatchRow r : rows) {
        Map<String, Stat> m = prefix.equals("material:") ? r.materials() : r.cells();
        for (Map.Entry<String, Stat> e : m.entrySet()) {
          if (seen.add(prefix + e.getKey())) {
            out.add(new Variable(prefix + e.getKey(), label(prefix, e.getKey(), e.getValue())));
          }
        }
      }
    }
    return out;
  }

  private static String label(String prefix, String name, Stat s) {
    KpiValue v = new KpiValue(name, s.mean(), s.unit());
    String unit = v.isRatio() ? "%" : s.unit();
    return (prefix.equals("cell:") ? "Cells: " : "")
        + v.label()
        + (unit == null ? "" : " (" + unit + ")");
  }

  /** The label of a variable key in these rows, or the key itself. */
  public static String labelOf(List<BatchRow> rows, String key) {
    return variables(rows).stream()
        .filter(v -> v.key().equals(key))
        .map(Variable::label)
        .findFirst()
        .orElse(key);
  }

  /**
   * y against x over the batches that have both, with the OLS line (slope ± SE, intercept, R², n;
   * see {@link LineFit}) when three or more batches do. Ratios are plotted in %.
   */
  public static Scatter scatter(List<BatchRow> rows, String xKey, String yKey) {
    List<double[]> points = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int leftOut = 0;
    int implausibleIn = 0;
    for (BatchRow r : rows) {
      for (String key : new LinkedHashSet<>(List.of(xKey, yKey))) {
        Stat st = r.stat(key);
        if (st != null) {
          leftOut += st.leftOut();
          implausibleIn += st.implausibleIn();
        }
      }
      Double x = r.value(xKey);
      Double y = r.value(yKey);
      if (x != null && y != null) {
        points.add(new double[] {percent(xKey, x), percent(yKey, y)});
        names.add(r.name());
      }
    }
    double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
    List<Plot.Curve> curves = new ArrayList<>();
    curves.add(new Plot.Curve("batches", xs, ys, Plot.Style.POINTS));
    LineFit fit = null;
    String note = "n = " + xs.length + (xs.length < 3 ? ": too few batches for a fit" : "");
    if (xs.length >= 3 && distinct(xs)) {
      fit = LineFit.of(xs, ys);
      double lo = java.util.Arrays.stream(xs).min().orElseThrow();
      double hi = java.util.Arrays.stream(xs).max().orElseThrow();
      curves.add(
          new Plot.Curve(
              "OLS fit",
              new double[] {lo, hi},
              new double[] {fit.intercept() + fit.slope() * lo, fit.intercept() + fit.slope() * hi},
              Plot.Style.FIT));
      note = describe(fit);
    }
    if (leftOut > 0) {
      note += " · " + implausibleValues(leftOut) + " left out";
    } else if (implausibleIn > 0) {
      note += " · " + implausibleValues(implausibleIn) + " included";
    }
    String xLabel = labelOf(rows, xKey);
    String yLabel = labelOf(rows, yKey);
    return new Scatter(
        new Plot(
            "scatter-" + xKey.replace(':', '-') + "-vs-" + yKey.replace(':', '-'),
            strip(yLabel) + " against " + strip(xLabel),
            xLabel,
            yLabel,
            curves,
            note),
        fit,
        names,
        leftOut,
        implausibleIn);
  }

  /** "slope 0.52 ± 0.04, intercept 12.1, R² 0.987, n 4". */
  public static String describe(LineFit fit) {
    return String.format(
        Locale.ROOT,
        "slope %.4g ± %.2g, intercept %.4g, R² %.3f, n %d",
        fit.slope(),
        fit.slopeStandardError(),
        fit.intercept(),
        fit.rSquared(),
        fit.points());
  }

  private static boolean distinct(double[] xs) {
    return java.util.Arrays.stream(xs).distinct().count() > 1;
  }

  private static double percent(String key, double v) {
    String name = key.contains(":") ? key.substring(key.indexOf(':') + 1) : key;
    return new KpiValue(name, v, KpiValue.unitOf(name)).isRatio() ? 100 * v : v;
  }

  private static String strip(String label) {
    int p = label.indexOf(" (");
    return p < 0 ? label : label.substring(0, p);
  }
}
