package org.cellbook.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordLockedException;
import org.cellbook.base.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The last line of defence: no stack trace reaches a user. Errors a user can act on get their own
 * message; anything unexpected gets a short message with an id that is also in the log.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
  }

  static String messageFor(Throwable error) {
    Throwable cause = rootOfInterest(error);
    if (cause instanceof ValidationException
        || cause instanceof NotFoundException
        || cause instanceof RecordLockedException) {
      return cause.getMessage();
    }
    if (cause instanceof AccessDeniedException) {
      return "Your role does not allow this change. Ask an administrator for researcher rights.";
    }
    if (cause instanceof OptimisticLockingFailureException) {
      return "Someone else changed this record after you opened it. Reload the page and edit again.";
    }
    String id = UUID.randomUUID().toString().substring(0, 8);
    log.error("Unexpected error {}", id, error);
    return "Something went wrong (error id "
        + id
        + "). Nothing was saved. Please tell your administrator the error id.";
  }

  private static Throwable rootOfInterest(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ValidationException
          || t instanceof NotFoundException
          || t instanceof RecordLockedException
          || t instanceof AccessDeniedException
          || t instanceof OptimisticLockingFailureException) {
        return t;
      }
    }
    return error;
  }

  private static final class Handler implements ErrorHandler {
    @Override
    public void error(ErrorEvent event) {
      String message = messageFor(event.getThrowable());
      if (com.vaadin.flow.component.UI.getCurrent() != null) {
        Notifications.error(message);
      }
    }
  }
}
