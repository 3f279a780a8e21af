package org.cellbook.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of toast the app shows. */
public final class Notifications {

  private Notifications() {}

  public static void success(String message) {
    Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(NotificationVariant.SUCCESS);
  }

  public static void error(String message) {
    Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.ERROR);
  }
}
