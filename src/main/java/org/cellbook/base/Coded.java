package org.cellbook.base;

/** A record known by its code (B-2026-0003): how other records' histories refer to it. */
public interface Coded {

  String getCode();
}
