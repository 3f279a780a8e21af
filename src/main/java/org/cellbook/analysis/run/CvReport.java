package org.cellbook.analysis.run;

import static org.cellbook.analysis.run.Documents.f;
import static org.cellbook.analysis.run.Documents.kpi;

import org.cellbook.analysis.voltammetry.ScanRateStudy;
import org.cellbook.analysis.voltammetry.SweepDirection;

/** The document and the table of a {@link CvRun}. */
final class CvReport {

  private CvReport() {}

  static String json(CvRun run, boolean plotData) {
    JsonWriter w = Documents.seriesHeader(run);
    w.name("files").beginArray();
    for (AnalysedFile in : run.files()) {
      w.beginObject()
          .field("file", in.path())
          .field("sha256", in.sha256())
          .field("format", in.format())
          .field("records", in.records())
          .endObject();
    }
    w.endArray();
    w.name("scan_rates_mv_s").beginArray();
    run.voltammograms().forEach(cv -> w.value(cv.scanRateMillivoltsPerSecond()));
    w.endArray();
    w.name("kpis").beginObject();
    w.name("peaks").beginArray();
    for (CvRun.BranchPeak p : run.peaks()) {
      w.beginObject()
          .field("scan_rate_mv_s", p.scanRateMillivoltsPerSecond())
          .field("branch", p.branch().name().toLowerCase())
          .field("potential_v", p.peak().potentialVolts())
          .field("current_ma", p.peak().currentMilliAmps())
          .endObject();
    }
    w.endArray();
    if (!run.capacitiveShares().isEmpty()) {
      w.name("b_values").beginArray();
      for (ScanRateStudy.BValue bv : run.bValues()) {
        w.beginObject()
            .field("potential_v", bv.potentialVolts())
            .field("branch", bv.direction().name().toLowerCase())
            .field("b", bv.b())
            .field("b_se", bv.fit().slopeStandardError())
            .field("r2", bv.fit().rSquared())
            .endObject();
      }
      w.endArray().name("capacitive_fraction").beginArray();
      for (CvRun.RateShare share : run.capacitiveShares()) {
        for (SweepDirection d : SweepDirection.values()) {
          w.beginObject()
              .field("scan_rate_mv_s", share.scanRateMillivoltsPerSecond())
              .field("branch", d.name().toLowerCase())
              .field("fraction", share.of(d).capacitiveFraction())
              .endObject();
        }
      }
      w.endArray();
      run.kpis().keySet().forEach(name -> kpi(w, run.kpis(), name));
    }
    w.endObject();
    return Documents.footer(w, run, plotData);
  }

  static String table(CvRun run) {
    StringBuilder b = new StringBuilder();
    for (CvRun.Curve cv : run.voltammograms()) {
      b.append(
          f("scan rate %.4g mV/s: %d sweeps%n", cv.scanRateMillivoltsPerSecond(), cv.sweeps()));
    }
    if (!run.capacitiveShares().isEmpty()) {
      b.append(f("%n%8s %10s %8s %8s %8s%n", "E (V)", "branch", "b", "SE", "R²"));
      for (ScanRateStudy.BValue bv : run.bValues()) {
        b.append(
            f(
                "%8.3f %10s %8.4f %8.4f %8.5f%n",
                bv.potentialVolts(),
                bv.direction().name().toLowerCase(),
                bv.b(),
                bv.fit().slopeStandardError(),
                bv.fit().rSquared()));
      }
      b.append(f("%nCapacitive fraction (Dunn)%n"));
      for (CvRun.RateShare share : run.capacitiveShares()) {
        b.append(
            f(
                "  %.4g mV/s: anodic %.3f, cathodic %.3f, cycle %.3f%n",
                share.scanRateMillivoltsPerSecond(),
                share.anodic().capacitiveFraction(),
                share.cathodic().capacitiveFraction(),
                share.cycleCapacitiveFraction()));
      }
    }
    run.warnings().forEach(x -> b.append("note: ").append(x).append(System.lineSeparator()));
    return b.toString();
  }
}
