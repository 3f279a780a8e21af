package org.cellbook.measurements;

import java.time.Clock;
import java.util.List;
import org.cellbook.analysis.run.AnalysisResult;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes an analysis run with its KPIs and makes it the measurement's current one. */
@Component
class RunRecorder {

  private final AnalysisRunRepository runs;
  private final KpiRepository kpis;
  private final Clock clock;

  RunRecorder(AnalysisRunRepository runs, KpiRepository kpis, Clock clock) {
    this.runs = runs;
    this.kpis = kpis;
    this.clock = clock;
  }

  /**
   * Stores an analysis's result: its document with the plot data ({@link AnalysisResult#json}) and
   * its KPIs. Call inside the transaction that also updates the measurement's state.
   */
  AnalysisRun record(Measurement m, AnalysisParameters p, AnalysisResult result, String by) {
    return record(m, p, result.json(true), KpiValue.of(result), by);
  }

  /** Stores a document written by hand (a manual entry) with the KPIs it holds. */
  AnalysisRun record(Measurement m, AnalysisParameters p, String json, String by) {
    return record(m, p, json, KpiValue.fromAnalysisJson(json), by);
  }

  private AnalysisRun record(
      Measurement m,
      AnalysisParameters p,
      String json,
      List<KpiValue> values,
      @Nullable String by) {
    kpis.retire(m);
    AnalysisRun run =
        runs.save(
            new AnalysisRun(
                m,
                runs.lastRunNumber(m) + 1,
                AnalysisVersion.CURRENT,
                p,
                json,
                clock.instant(),
                by != null ? by : CurrentUser.username().orElse(m.getCreatedBy())));
    for (KpiValue v : values) {
      kpis.save(new Kpi(run, m, v));
    }
    m.setCurrentRun(run);
    m.setAnalysedAt(clock.instant());
    return run;
  }
}
