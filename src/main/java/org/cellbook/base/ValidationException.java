package org.cellbook.base;

import java.util.List;

/**
 * A save refused because of the user's input. Each problem names the field it belongs to, so a form
 * can show the message next to that field; nothing was written.
 */
public class ValidationException extends RuntimeException {

  /** One problem with one field of the submitted record. */
  public record Problem(String field, String message) {}

  private final List<Problem> problems;

  public ValidationException(List<Problem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid input"));
    this.problems = List.copyOf(problems);
  }

  public ValidationException(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
