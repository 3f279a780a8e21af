package org.cellbook.base;

import java.util.Locale;

/**
 * A value of a closed set (an enum) with the name a person reads, e.g. "Heat treatment". Only enums
 * implement it; by default the label is the constant's name in sentence case (IN_PROGRESS reads "In
 * progress"), and an enum whose words differ from its names overrides it.
 */
public interface Labelled {

  default String label() {
    String name = ((Enum<?>) this).name().replace('_', ' ');
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
