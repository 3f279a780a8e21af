package org.cellbook.base;

/** A pointer to any coded record: what search results and lineage nodes are made of. */
public record RecordRef(RecordType type, String code, String name) {

  public String route() {
    return type.route(code);
  }
}
