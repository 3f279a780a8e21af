package org.cellbook.electrodes;

import org.jspecify.annotations.Nullable;

/**
 * Corrected weighings of one disc, with the version the user started from: diameter in mm, masses
 * in mg; blank null when taken from the foil's areal mass.
 */
public record DiscCorrection(
    String code,
    long version,
    @Nullable Double diameterMillimetres,
    @Nullable Double discMassMilligrams,
    @Nullable Double blankMassMilligrams) {

  public static DiscCorrection of(Disc d) {
    return new DiscCorrection(
        d.getCode(),
        d.getVersion(),
        d.getDiameterMillimetres(),
        d.getDiscMassMilligrams(),
        d.getBlankMassMilligrams());
  }
}
