package org.cellbook.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a record's field is named to a person, as on its form, and the unit its value is written
 * with; the history reads it ("Product mass: 50 g → 3.3 g"), so the label lives next to the field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Label {

  /** The form's label, e.g. "Product mass". */
  String value();

  /** The unit written after the value, e.g. "g"; empty for values without one. */
  String unit() default "";

  /**
   * The field of the same record that holds the unit, when it varies by record (a lot counted in g,
   * mL or pieces); wins over {@link #unit()}.
   */
  String unitFrom() default "";
}
