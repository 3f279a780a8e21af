package org.cellbook.api;

import java.util.Map;
import org.cellbook.measurements.KpiValue;

/**
 * A KPI as the API returns it beside the plain {@code kpis} numbers: the value with {@code
 * plausible} and, when false, the analysis's reason. The value is never altered: a client sees what
 * was measured and decides itself whether to use it.
 */
record KpiResult(String name, double value, String unit, boolean plausible, String reason) {

  static KpiResult of(KpiValue v) {
    return new KpiResult(v.name(), v.value(), v.unit(), v.plausible(), v.implausibleReason());
  }

  /** From a number and the reasons of its record (name → reason; absent: plausible). */
  static KpiResult of(String name, double value, Map<String, String> implausible) {
    return of(new KpiValue(name, value, KpiValue.unitOf(name), implausible.get(name)));
  }
}
