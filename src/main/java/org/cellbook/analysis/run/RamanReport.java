package org.cellbook.analysis.run;

import static org.cellbook.analysis.run.Documents.f;

import java.util.List;
import java.util.Map;
import org.cellbook.analysis.raman.CarbonRaman;
import org.cellbook.analysis.raman.SadezkyRaman;

/** The document and the table of a {@link RamanRun}. */
final class RamanReport {

  private RamanReport() {}

  private static final List<String> LORENTZ =
      List.of(
          "raman_d_position_cm1",
          "raman_g_position_cm1",
          "raman_d_fwhm_cm1",
          "raman_g_fwhm_cm1",
          "id_ig_height",
          "id_ig_height_se",
          "raman_d_position_se_cm1",
          "raman_g_position_se_cm1",
          "id_ig_area",
          "raman_fit_r2",
          "raman_fit_iterations");

  private static final List<String> BWF =
      List.of("id_ig_height_bwf", "raman_g_position_bwf_cm1", "bwf_q", "raman_fit_r2_bwf");

  private static final List<String> MULTIBAND =
      List.of(
          "raman_d4_position_cm1",
          "raman_d3_position_cm1",
          "raman_d3_fwhm_cm1",
          "raman_d1_position_multiband_cm1",
          "raman_g_position_multiband_cm1",
          "id_ig_height_multiband",
          "id_ig_height_multiband_se",
          "id_ig_area_multiband",
          "id3_ig_height",
          "raman_multiband_r2");

  static String json(RamanRun run, boolean plotData) {
    Map<String, Number> kpis = run.kpis();
    JsonWriter w = Documents.materialsHeader(run);
    w.name("kpis").beginObject();
    CarbonRaman r = run.carbon().lorentz();
    if (r != null) {
      LORENTZ.forEach(name -> Documents.kpi(w, kpis, name));
      w.field("raman_model", r.model());
    }
    Documents.kpi(w, kpis, "laser_wavelength_nm");
    CarbonRaman bwf = run.carbon().bwf();
    if (bwf != null) {
      BWF.forEach(name -> Documents.kpi(w, kpis, name));
      w.field("raman_model_bwf", bwf.model());
    }
    SadezkyRaman four = run.carbon().multiband();
    if (four != null) {
      MULTIBAND.forEach(name -> Documents.kpi(w, kpis, name));
      w.field("raman_model_multiband", four.model());
    }
    w.endObject();
    return Documents.footer(w, run, plotData);
  }

  static String table(RamanRun run) {
    StringBuilder b =
        new StringBuilder(
            f(
                "Spectrum: %d points, %.1f–%.1f cm⁻¹%n",
                run.file().records(), run.firstShiftPerCm(), run.lastShiftPerCm()));
    CarbonRaman r = run.carbon().lorentz();
    if (r != null) {
      b.append(
          f(
              "D %.1f cm⁻¹, G %.1f cm⁻¹; I_D/I_G %.3f (height), %.3f (area); model: %s%n",
              r.dCentre(), r.gCentre(), r.idIgHeight(), r.idIgArea(), r.model()));
    }
    CarbonRaman bwf = run.carbon().bwf();
    if (bwf != null) {
      b.append(
          f(
              "BWF G maximum %.1f cm⁻¹ (q %.2f); I_D/I_G %.3f (height); model: %s%n",
              bwf.gCentre(), bwf.bwfQ(), bwf.idIgHeight(), bwf.model()));
    }
    SadezkyRaman four = run.carbon().multiband();
    if (four != null) {
      b.append(
          f(
              "%s; I_D1/I_G %.3f (height), %.3f (area), I_D3/I_G %.3f; R² %.4f; model: %s%n",
              String.join(
                  ", ",
                  four.bands().stream()
                      .map(band -> f("%s %.1f cm⁻¹", band.name(), band.centre()))
                      .toList()),
              four.idIgHeight(),
              four.idIgArea(),
              four.id3IgHeight(),
              four.rSquared(),
              four.model()));
    }
    return b.append(Documents.notes(run.warnings(), run.implausible())).toString();
  }
}
