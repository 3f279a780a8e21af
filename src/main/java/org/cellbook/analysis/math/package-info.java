/**
 * Numerical building blocks the analyses share: {@link org.cellbook.analysis.math.LineFit}, the one
 * straight-line least-squares fit behind BET, the t-plot, Dubinin–Radushkevich and the b-values of
 * a scan-rate study, and the fits of a series across measurements.
 */
@NullMarked
package org.cellbook.analysis.math;

import org.jspecify.annotations.NullMarked;
