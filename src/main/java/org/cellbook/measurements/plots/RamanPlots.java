package org.cellbook.measurements.plots;

import static org.cellbook.measurements.plots.Curves.f;
import static org.cellbook.measurements.plots.Curves.reduced;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.raman.CarbonRaman;
import org.cellbook.analysis.raman.RamanSpectrum;
import org.cellbook.analysis.raman.SadezkyRaman;
import org.cellbook.analysis.run.RamanRun;
import org.jspecify.annotations.Nullable;

/**
 * The plots of a Raman spectrum: the measured counts with the stored D/G fit, and the stored
 * multi-band (Sadezky) fit band by band; a spectrum no fit applies to is drawn alone with the
 * reason.
 */
public final class RamanPlots {

  private RamanPlots() {}

  /**
   * The plots of {@code spectrum}; {@code data} is the run's plot data, null for a run stored
   * without.
   */
  public static List<Plot> of(RamanSpectrum spectrum, RamanRun.@Nullable PlotData data) {
    double[] x = spectrum.ramanShiftPerCm();
    Plot.Curve measured =
        reduced(new Plot.Curve("spectrum", x, spectrum.counts(), Plot.Style.LINE));
    CarbonRaman fit = data == null ? null : data.lorentz();
    if (fit == null) {
      return List.of(
          new Plot(
              "raman",
              "Raman spectrum",
              "Raman shift (cm⁻¹)",
              "Intensity (counts)",
              List.of(measured),
              data == null
                  ? "the D/G fits: " + Curves.STORED_WITHOUT_FITS
                  : String.join("; ", data.skipped())));
    }
    double[] wx = Arrays.stream(x).filter(CarbonRaman::inWindow).toArray();
    double[] total = Arrays.stream(wx).map(fit::background).toArray();
    Plot.Curve d = Curves.bandOnBackground("D band", wx, fit::background, fit::dBand, total);
    Plot.Curve g = Curves.bandOnBackground("G band", wx, fit::background, fit::gBand, total);
    List<Plot> plots = new ArrayList<>();
    plots.add(
        new Plot(
            "raman",
            "Raman spectrum, D and G bands",
            "Raman shift (cm⁻¹)",
            "Intensity (counts)",
            List.of(measured, d, g, new Plot.Curve("fit", wx, total, Plot.Style.FIT)),
            fit.model()
                + f("; I_D/I_G %.3f (height), %.3f (area)", fit.idIgHeight(), fit.idIgArea())));
    if (data.multiband() != null) {
      plots.add(multiBand(x, spectrum.counts(), data.multiband()));
    }
    return plots;
  }

  /** The Sadezky multi-band fit, drawn band by band. */
  private static Plot multiBand(double[] x, double[] counts, SadezkyRaman four) {
    List<Plot.Curve> curves = new ArrayList<>();
    curves.add(reduced(new Plot.Curve("spectrum", x, counts, Plot.Style.LINE)));
    double[] wx = Arrays.stream(x).filter(four::inWindow).toArray();
    double[] total = Arrays.stream(wx).map(four::background).toArray();
    for (SadezkyRaman.Band band : four.bands()) {
      curves.add(
          Curves.bandOnBackground(
              f("%s %.0f cm⁻¹", band.name(), band.centre()),
              wx,
              four::background,
              band::at,
              total));
    }
    curves.add(new Plot.Curve("fit", wx, total, Plot.Style.FIT));
    return new Plot(
        "raman-multiband",
        "Raman spectrum, " + four.bands().size() + "-band fit (Sadezky)",
        "Raman shift (cm⁻¹)",
        "Intensity (counts)",
        curves,
        f(
            "%s; I_D1/I_G %.3f (height), I_D3/I_G %.3f; R² %.4f",
            four.model(), four.idIgHeight(), four.id3IgHeight(), four.rSquared()));
  }
}
