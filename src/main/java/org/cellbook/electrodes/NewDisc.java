package org.cellbook.electrodes;

import org.jspecify.annotations.Nullable;

/** One weighed disc: diameter in mm, masses in mg; blank null when taken from the foil. */
public record NewDisc(
    @Nullable Double diameterMillimetres,
    @Nullable Double discMassMilligrams,
    @Nullable Double blankMassMilligrams) {}
