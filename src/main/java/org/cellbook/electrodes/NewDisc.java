package org.cellbook.electrodes;

/** One weighed disc: diameter in mm, masses in mg; blank null when taken from the foil. */
public record NewDisc(
    Double diameterMillimetres, Double discMassMilligrams, Double blankMassMilligrams) {}
