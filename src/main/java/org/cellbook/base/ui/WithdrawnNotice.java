package org.cellbook.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.cellbook.base.Withdrawal;

/** The line on a withdrawn record's page that says who withdrew it, when and why. */
public final class WithdrawnNotice extends Paragraph {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public WithdrawnNotice(Withdrawal w) {
    super("Withdrawn on %s by %s: %s".formatted(WHEN.format(w.at()), w.by(), w.reason()));
    addClassName("warning");
  }
}
