package org.cellbook.analysis.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The KPIs of one analysis that are outside their physical range or break an invariant, each with
 * the reason a person can act on. The values themselves stay as computed; whoever shows them marks
 * these.
 */
public final class ImplausibleKpis {

  private final Map<String, String> reasons = new LinkedHashMap<>();

  /**
   * Returns {@code value} unchanged, noting it when it lies outside {@code range}.
   *
   * @param kpi the KPI's name in the results ("ice")
   * @param what how a person calls it ("ICE")
   */
  public @Nullable Double check(
      String kpi, String what, @Nullable Double value, PlausibleRange range) {
    if (value != null && !range.admits(value)) {
      reasons.putIfAbsent(kpi, range.explain(what, value));
    }
    return value;
  }

  /** Notes a KPI that breaks an invariant (e.g. plateau + sloping ≠ reversible capacity). */
  public void flag(String kpi, String reason) {
    reasons.putIfAbsent(kpi, reason);
  }

  /** KPI name → reason, in the order found; empty when all is well. */
  public Map<String, String> reasons() {
    return Collections.unmodifiableMap(reasons);
  }
}
