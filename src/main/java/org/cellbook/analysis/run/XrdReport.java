package org.cellbook.analysis.run;

import static org.cellbook.analysis.run.Documents.f;

import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.xrd.CarbonXrd;
import org.cellbook.analysis.xrd.CarbonXrdFit;

/** The document and the table of an {@link XrdRun}. */
final class XrdReport {

  private XrdReport() {}

  static String json(XrdRun run, boolean plotData) {
    JsonWriter w = Documents.materialsHeader(run);
    w.name("kpis").beginObject();
    run.kpis().forEach(w::field);
    CarbonXrdFit.Result fit = run.carbon().fit();
    if (fit != null) {
      w.name("xrd_components").beginArray();
      for (CarbonXrdFit.Component c : fit.components()) {
        w.beginObject()
            .field("name", c.name())
            .field("center_two_theta_deg", c.centreDegrees())
            .field("center_se_deg", c.centreSe())
            .field("fwhm_deg", c.fwhmDegrees())
            .field("fwhm_se_deg", c.fwhmSe())
            .field("eta", c.eta())
            .field("height_counts", c.heightCounts())
            .field("area_fraction", Double.isNaN(c.areaFraction002()) ? null : c.areaFraction002())
            .field("d_nm", c.dSpacingAngstrom() / 10)
            .field("scherrer_length_nm", c.scherrerLengthAngstrom() / 10)
            .endObject();
      }
      w.endArray();
    }
    w.endObject();
    return Documents.footer(w, run, plotData);
  }

  static String table(XrdRun run) {
    StringBuilder b =
        new StringBuilder(
            f(
                "Pattern: %d points, %.2f–%.2f° 2θ, λ %.4f Å%n",
                run.file().records(),
                run.firstTwoThetaDegrees(),
                run.lastTwoThetaDegrees(),
                run.wavelengthAngstrom()));
    CarbonXrd.RValue r = run.carbon().rValue();
    if (r != null) {
      b.append(
          f(
              "(002) maximum %.2f° 2θ → d002 %.4f nm; Dahn R %.3f%n",
              r.twoThetaAtMaximum(), run.kpis().get("d002_nm"), r.r()));
    }
    CarbonXrdFit.Result fit = run.carbon().fit();
    if (fit != null) {
      for (CarbonXrdFit.Component c : fit.components()) {
        b.append(
            f(
                "  %-15s %.3f ± %.3f°  FWHM %.3f ± %.3f°  η %.2f  d %.4f nm  L %.2f nm%s%n",
                c.name(),
                c.centreDegrees(),
                c.centreSe(),
                c.fwhmDegrees(),
                c.fwhmSe(),
                c.eta(),
                c.dSpacingAngstrom() / 10,
                c.scherrerLengthAngstrom() / 10,
                Double.isNaN(c.areaFraction002())
                    ? ""
                    : f("  (002) area %.1f %%", 100 * c.areaFraction002())));
      }
      b.append(f("  R² %.5f, reduced χ² %.3f%n", fit.rSquared(), fit.reducedChiSquared()));
    }
    List<String> notes = new ArrayList<>(run.carbon().skipped());
    notes.addAll(run.carbon().notes());
    return b.append(Documents.notes(notes, run.implausible())).toString();
  }
}
