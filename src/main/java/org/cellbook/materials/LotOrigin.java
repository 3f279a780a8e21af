package org.cellbook.materials;

public enum LotOrigin {
  PURCHASED,
  PRODUCED
}
