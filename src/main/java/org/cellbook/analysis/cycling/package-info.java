/**
 * Galvanostatic cycling analysis: half cycles, cycles, CE and ICE, specific and areal capacity,
 * energy and mean voltage, plateau/slope split, capacity below 1 V, retention, rate capability and
 * dQ/dV. Entry points: {@link org.cellbook.analysis.cycling.CyclingAnalysis#analyze} and {@link
 * org.cellbook.analysis.cycling.DifferentialCapacity#of}. Results are immutable records. Design
 * note: {@code docs/decisions/0008}.
 */
@NullMarked
package org.cellbook.analysis.cycling;

import org.jspecify.annotations.NullMarked;
