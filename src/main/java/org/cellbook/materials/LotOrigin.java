package org.cellbook.materials;

import org.cellbook.base.Labelled;

/** Where a lot came from: bought from a supplier, or made here as a batch's product. */
public enum LotOrigin implements Labelled {
  PURCHASED,
  PRODUCED
}
