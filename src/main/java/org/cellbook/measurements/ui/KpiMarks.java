package org.cellbook.measurements.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import org.cellbook.measurements.KpiValue;
import org.jspecify.annotations.Nullable;

/**
 * How every view shows a KPI: an implausible value is never a plain result. It is red (CSS class
 * {@value #CLASS} in cellbook.css), followed by "!", and carries the analysis's reason as its
 * tooltip; the measurement page also lists the reasons as text.
 */
final class KpiMarks {

  static final String CLASS = "implausible";

  private KpiMarks() {}

  /** "80.6 %", or a red "477.8 % !" whose tooltip gives the reason. */
  static Span value(KpiValue v) {
    return mark(new Span(v.display()), v.implausibleReason());
  }

  /** "ICE 80.6 %", marked the same way. */
  static Span labelled(KpiValue v) {
    return mark(new Span(v.label() + " " + v.display()), v.implausibleReason());
  }

  /** Key results side by side, "ICE 80.6 % · Reversible capacity 346.6 mAh g⁻¹". */
  static Span list(Collection<KpiValue> values) {
    Span out = new Span();
    for (KpiValue v : values) {
      if (out.getComponentCount() > 0) {
        out.add(new Span(" · "));
      }
      out.add(labelled(v));
    }
    return out;
  }

  /** Marks {@code s} as implausible for this reason; null leaves it plain. */
  static Span mark(Span s, @Nullable String reason) {
    if (reason != null) {
      s.setText(s.getText() + " !");
      s.addClassName(CLASS);
      s.setTitle("Implausible: " + reason);
    }
    return s;
  }
}
