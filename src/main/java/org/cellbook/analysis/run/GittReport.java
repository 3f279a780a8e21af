package org.cellbook.analysis.run;

import static org.cellbook.analysis.run.Documents.f;
import static org.cellbook.analysis.run.Documents.kpi;

import org.cellbook.analysis.gitt.GittPulse;

/** The document and the table of a {@link GittRun}. */
final class GittReport {

  private GittReport() {}

  static String json(GittRun run, boolean plotData) {
    JsonWriter w = Documents.seriesHeader(run);
    w.name("kpis").beginObject();
    kpi(w, run.kpis(), "diffusion_length_cm")
        .field("diffusion_length_source", run.length().source());
    w.name("gitt_pulses").beginArray();
    for (GittPulse p : run.pulses()) {
      w.beginObject()
          .field("pulse", p.number())
          .field("branch", p.sodiation() ? "sodiation" : "desodiation")
          .field("voltage_v", p.midVolts())
          .field("tau_s", p.tauSeconds())
          .field("delta_es_v", p.deltaEsVolts())
          .field("delta_et_v", p.deltaEtVolts())
          .field("ir_drop_v", p.irDropVolts())
          .field("resistance_ohm", p.internalResistanceOhms())
          .field("d_cm2_s", p.diffusionCm2PerSecond())
          .endObject();
    }
    w.endArray();
    run.kpis().keySet().stream()
        .filter(name -> !name.equals("diffusion_length_cm"))
        .forEach(name -> kpi(w, run.kpis(), name));
    w.endObject();
    return Documents.footer(w, run, plotData);
  }

  static String table(GittRun run) {
    StringBuilder b =
        new StringBuilder(
            f(
                "GITT: %d pulses; L = %.6g cm (%s)%n%n",
                run.pulses().size(), run.length().centimetres(), run.length().source()));
    b.append(
        f(
            "%6s %12s %9s %8s %10s %10s %9s %12s%n",
            "pulse", "branch", "E (V)", "τ (s)", "ΔEs (V)", "ΔEt (V)", "IR (V)", "D (cm²/s)"));
    for (GittPulse p : run.pulses()) {
      b.append(
          f(
              "%6d %12s %9.5f %8.1f %10.6f %10.6f %9.5f %12.4e%n",
              p.number(),
              p.sodiation() ? "sodiation" : "desodiation",
              p.midVolts(),
              p.tauSeconds(),
              p.deltaEsVolts(),
              p.deltaEtVolts(),
              p.irDropVolts(),
              p.diffusionCm2PerSecond()));
    }
    return b.toString();
  }
}
