package org.cellbook.measurements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.analysis.run.AnalysisResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scalar KPI under the name {@code analyze --json} prints. Names carry their unit as a suffix
 * ({@code reversible_capacity_mah_g}, {@code bet_area_m2_g}, {@code d002_nm}); ratios such as ICE,
 * retention and fractions are dimensionless (unit null) and shown in %.
 *
 * @param implausibleReason why the value lies outside its physical range, in the analysis's words
 *     (its {@code implausible} object); null for a plausible value and for runs stored before the
 *     analysis checked ranges. The value itself is never altered.
 */
public record KpiValue(String name, double value, String unit, @Nullable String implausibleReason) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Longest suffix first, so "_mah_g" wins over "_g". */
  private static final List<Map.Entry<String, String>> UNITS =
      List.of(
          Map.entry("_mah_cm2", "mAh cm⁻²"),
          Map.entry("_mah_g", "mAh g⁻¹"),
          Map.entry("_ma_g", "mA g⁻¹"),
          Map.entry("_cm2_s", "cm² s⁻¹"),
          Map.entry("_m2_g", "m² g⁻¹"),
          Map.entry("_cm3_g", "cm³ g⁻¹"),
          Map.entry("_g_cm3", "g cm⁻³"),
          Map.entry("_mmol_g", "mmol g⁻¹"),
          Map.entry("_mv_s", "mV s⁻¹"),
          Map.entry("_cm1", "cm⁻¹"),
          Map.entry("_angstrom", "Å"),
          Map.entry("_deg", "°"),
          Map.entry("_mah", "mAh"),
          Map.entry("_mwh", "mWh"),
          Map.entry("_nm", "nm"),
          Map.entry("_ohm", "Ω"),
          Map.entry("_mg", "mg"),
          Map.entry("_v", "V"),
          Map.entry("_s", "s"));

  /** A plausible KPI. */
  public KpiValue(String name, double value, String unit) {
    this(name, value, unit, null);
  }

  /** False when the analysis found the value outside its physical range. */
  public boolean plausible() {
    return implausibleReason == null;
  }

  /** The unit a KPI name states, or null for a dimensionless number. */
  public static @Nullable String unitOf(String name) {
    for (Map.Entry<String, String> e : UNITS) {
      if (name.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** True for ratios shown as percentages: ICE, CE, retention and fractions. */
  public boolean isRatio() {
    return unit == null
        && (name.equals("ice")
            || name.contains("efficiency")
            || name.startsWith("retention")
            || name.endsWith("_fraction"));
  }

  /** The value as a person reads it: "80.6 %", "346.6 mAh g⁻¹", "0.3542 nm". */
  public String display() {
    if (isRatio()) {
      return String.format(Locale.ROOT, "%.1f %%", 100 * value);
    }
    String number = String.format(Locale.ROOT, "%.4g", value);
    if (number.contains("e")) {
      number = String.format(Locale.ROOT, "%.3e", value);
    } else if (number.contains(".")) {
      number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return unit == null ? number : number + " " + unit;
  }

  /** Words a lab writes its own way. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("bet", "BET"),
          Map.entry("dr", "DR"),
          Map.entry("tplot", "t-plot"),
          Map.entry("ice", "ICE"),
          Map.entry("id", "I_D/I_G"),
          Map.entry("id3", "I_D3/I_G"),
          Map.entry("multiband", "(multi-band)"),
          Map.entry("d1", "D1"),
          Map.entry("d3", "D3"),
          Map.entry("d4", "D4"),
          Map.entry("ig", ""),
          Map.entry("lc", "L_c"),
          Map.entry("la", "L_a"),
          Map.entry("r", "R"),
          Map.entry("1v", "1 V"),
          Map.entry("xrd", "XRD"),
          Map.entry("d002", "d002"),
          Map.entry("r2", "R²"),
          Map.entry("chi2", "χ²"),
          Map.entry("bwf", "BWF"),
          Map.entry("q", "q"));

  /** A readable label: "reversible_capacity_mah_g" → "Reversible capacity", "bet_c" → "BET C". */
  public String label() {
    String suffix =
        UNITS.stream().map(Map.Entry::getKey).filter(name::endsWith).findFirst().orElse("");
    String base = name.substring(0, name.length() - suffix.length());
    StringBuilder out = new StringBuilder();
    String[] words = base.split("_");
    for (String w : words) {
      String word = WORDS.getOrDefault(w, w);
      if (!word.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ").append(word);
      }
    }
    String text = out.toString();
    if (text.isEmpty()) {
      return name;
    }
    // Symbols keep their case (d002, q); plain words start with a capital.
    return WORDS.containsKey(words[0])
        ? text
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The finite KPIs of an analysis, in its order, each with its reason when implausible: the same
   * values {@link #fromAnalysisJson} reads from the result's document.
   */
  public static List<KpiValue> of(AnalysisResult result) {
    List<KpiValue> out = new ArrayList<>();
    result
        .kpis()
        .forEach(
            (name, value) -> {
              if (Double.isFinite(value.doubleValue())) {
                out.add(
                    new KpiValue(
                        name, value.doubleValue(), unitOf(name), result.implausible().get(name)));
              }
            });
    return out;
  }

  /**
   * The finite scalar numbers of the document's {@code kpis} object, in document order, each with
   * its reason from the document's {@code implausible} object (absent in documents written before
   * the analysis checked ranges).
   */
  public static List<KpiValue> fromAnalysisJson(String json) {
    JsonNode doc = JSON.readTree(json);
    JsonNode implausible = doc.path("implausible");
    List<KpiValue> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : doc.path("kpis").properties()) {
      JsonNode v = e.getValue();
      if (v.isNumber() && Double.isFinite(v.doubleValue())) {
        JsonNode reason = implausible.path(e.getKey());
        out.add(
            new KpiValue(
                e.getKey(),
                v.doubleValue(),
                unitOf(e.getKey()),
                reason.isString() ? reason.asString() : null));
      }
    }
    return out;
  }
}
