package org.cellbook.materials;

/**
 * What the lot list shows: free text over code, material, supplier and location; optional kind and
 * origin; optionally only lots with something left.
 */
public record LotFilter(String text, MaterialKind kind, LotOrigin origin, boolean onlyAvailable) {

  public static LotFilter none() {
    return new LotFilter(null, null, null, false);
  }
}
