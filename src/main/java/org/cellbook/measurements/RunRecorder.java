package org.cellbook.measurements;

import java.time.Clock;
import org.cellbook.security.CurrentUser;
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

  /** Call inside the transaction that also updates the measurement's state. */
  AnalysisRun record(Measurement m, AnalysisParameters p, String json, String by) {
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
    for (KpiValue v : KpiValue.fromAnalysisJson(json)) {
      kpis.save(new Kpi(run, m, v));
    }
    m.setCurrentRun(run);
    m.setAnalysedAt(clock.instant());
    return run;
  }
}
