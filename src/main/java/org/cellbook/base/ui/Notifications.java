package org.cellbook.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of toast the app shows. */
public final class Notifications {

  private static final int ERROR_MILLIS = 8000;

  private Notifications() {}

  public static void success(String message) {
    Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(NotificationVariant.SUCCESS);
  }

  /** An error; a message of several lines (one problem each) keeps its lines. */
  public static void error(String message) {
    Notification n;
    if (message.contains("\n")) {
      n = new Notification(message.lines().map(Div::new).toArray(Div[]::new));
      n.setDuration(ERROR_MILLIS);
      n.setPosition(Notification.Position.MIDDLE);
      n.open();
    } else {
      n = Notification.show(message, ERROR_MILLIS, Notification.Position.MIDDLE);
    }
    n.addThemeVariants(NotificationVariant.ERROR);
  }
}
