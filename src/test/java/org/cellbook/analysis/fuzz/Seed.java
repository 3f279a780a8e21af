package org.cellbook.analysis.fuzz;

/**
 * A well-formed file the mutator starts from: a real instrument export (or its first lines) from
 * the test resources, or one generated here. The name is kept for every mutant, since some readers
 * look at the extension.
 */
record Seed(String name, byte[] bytes) {

  boolean isZip() {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  @Override
  public String toString() {
    return name + " (" + bytes.length + " bytes)";
  }
}
