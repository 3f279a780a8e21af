package org.cellbook.analysis.cycling;

/**
 * Direction of current through the working electrode. In a Na | hard-carbon half cell oxidation is
 * desodiation ("charge"), reduction is sodiation ("discharge").
 */
public enum CurrentDirection {
  /** Current &gt; 0. */
  OXIDATION,
  /** Current &lt; 0. */
  REDUCTION;

  public CurrentDirection opposite() {
    return this == OXIDATION ? REDUCTION : OXIDATION;
  }
}
