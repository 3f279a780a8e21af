package org.cellbook.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cellbook.base.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a save and puts each refused field's message next to that field. Problems with no field on
 * the form, and edit conflicts, go to a notification; unexpected errors propagate to the global
 * error handler.
 */
public final class FieldErrors {

  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  public FieldErrors bind(String field, HasValidation component) {
    fields.put(field, component);
    return this;
  }

  /** Returns true when the action succeeded. */
  public boolean run(Runnable action) {
    fields.values().forEach(f -> f.setInvalid(false));
    try {
      action.run();
      return true;
    } catch (ValidationException e) {
      StringBuilder unplaced = new StringBuilder();
      for (ValidationException.Problem problem : e.problems()) {
        HasValidation field = fields.get(problem.field());
        if (field == null) {
          unplaced.append(unplaced.isEmpty() ? "" : "\n").append(problem.message());
        } else {
          field.setErrorMessage(problem.message());
          field.setInvalid(true);
        }
      }
      if (!unplaced.isEmpty()) {
        Notifications.error(unplaced.toString());
      }
      return false;
    } catch (OptimisticLockingFailureException e) {
      Notifications.error(
          "Someone else changed this record after you opened it. Your changes were not saved:"
              + " reload the page to see the current version, then edit again.");
      return false;
    }
  }
}
