/**
 * What makes a KPI trustworthy: its physical range ({@link
 * org.cellbook.analysis.kpi.PlausibleRange}), declared beside each KPI's definition, and the KPIs
 * of one analysis with the ones outside their range named and explained ({@link
 * org.cellbook.analysis.kpi.ImplausibleKpis}). Design note: {@code docs/decisions/0017}.
 */
@NullMarked
package org.cellbook.analysis.kpi;

import org.jspecify.annotations.NullMarked;
