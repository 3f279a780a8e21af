package org.cellbook.base;

/** A value of a closed set (an enum) with the name a person reads, e.g. "Heat treatment". */
public interface Labelled {

  String label();
}
