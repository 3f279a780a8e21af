/**
 * Numerical building blocks the analyses share: {@link org.cellbook.analysis.math.LineFit}, the one
 * straight-line least-squares fit behind BET, the t-plot and Dubinin–Radushkevich.
 */
package org.cellbook.analysis.math;
