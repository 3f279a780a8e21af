/**
 * Gas-sorption isotherms: reading instrument exports and the analyses of METHODS.md §1 (BET with
 * the Rouquerol/BETSI range, Gurvich total pore volume, t-plot, Dubinin–Radushkevich).
 *
 * <p>Public API: {@link org.cellbook.analysis.sorption.IsothermImporters} (picks the format from
 * the content: AIF, Quantachrome raw data and isotherm report text, Micromeritics xls, report text
 * and isotherm columns saved as csv, BELSORP .DAT, 3P xlsx, pyGAPS JSON, plain p/p₀–amount text),
 * {@link org.cellbook.analysis.sorption.IsothermImporter}, the values {@link
 * org.cellbook.analysis.sorption.SorptionMeasurement} and {@link
 * org.cellbook.analysis.sorption.Isotherm}, the probes with their ISO 9277 constants ({@link
 * org.cellbook.analysis.sorption.Probe}), {@link org.cellbook.analysis.sorption.IsothermAnalysis}
 * (which analyses apply to the probe, and the plausibility of their KPIs) and the analyses {@link
 * org.cellbook.analysis.sorption.BetAnalysis}, {@link org.cellbook.analysis.sorption.TPlot}, {@link
 * org.cellbook.analysis.sorption.DubininRadushkevich}. Format readers, units and the shared point
 * checks ({@code SorptionMeasurementBuilder}) are package-private. Unreadable files raise {@link
 * org.cellbook.analysis.importers.ImportException}, as cycler files do.
 *
 * <p>Decisions: every importer hands its points to one builder, so branch splitting (after the
 * first maximum of p/p₀ unless the file marks the branches), p₀ (the file's, else the adsorptive's
 * standard value, always named in the warnings) and the handling of p/p₀ &gt; 1, amounts ≤ 0,
 * unsorted and repeated pressures are the same for every format. Amounts are converted to mmol g⁻¹
 * on reading (22.414 cm³(STP) per mmol; totals divided by the header's sample mass — never an AIF
 * amount, which is per {@code _units_mass}). Where a format has no field for them, the adsorptive
 * and temperature come from comments, header lines and column titles. An isotherm is analysed for
 * its probe only: Ar at 87 K with argon's cross-section and density, CO₂ by DR, and a vapour
 * (propane, water) with no BET at all, each refusal a warning.
 */
@NullMarked
package org.cellbook.analysis.sorption;

import org.jspecify.annotations.NullMarked;
