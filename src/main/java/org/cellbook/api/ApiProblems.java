package org.cellbook.api;

import java.util.stream.Collectors;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordLockedException;
import org.cellbook.base.ValidationException;
import org.cellbook.measurements.InsufficientStorageException;
import org.cellbook.reports.ReportTemplateException;
import org.cellbook.signatures.WrongPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * API errors as RFC 9457 problem details with a message a person can act on. Errors raised before a
 * controller is chosen (no endpoint, wrong method or content type, an unreadable upload) are
 * written by {@link ApiErrorFilter}.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ValidationException.class)
  ProblemDetail invalid(ValidationException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            e.problems().stream()
                .map(x -> x.field() + ": " + x.message())
                .collect(Collectors.joining("; ")));
    p.setProperty(
        "fields",
        e.problems().stream()
            .collect(Collectors.toMap(x -> x.field(), x -> x.message(), (a, b) -> a)));
    return p;
  }

  /**
   * A role check ({@code @CanEdit}) says what the role may do; a service's own refusal (only the
   * uploader may delete, say) says why.
   */
  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.FORBIDDEN,
        e instanceof AuthorizationDeniedException || e.getMessage() == null
            ? "Your role may read but not change records"
            : e.getMessage());
  }

  @ExceptionHandler({
    MissingServletRequestPartException.class,
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class
  })
  ProblemDetail badRequest(Exception e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail conflict(OptimisticLockingFailureException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT,
        "Someone else changed this record at the same moment: read it again, then retry");
  }

  @ExceptionHandler(RecordLockedException.class)
  ProblemDetail locked(RecordLockedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  /** A signature whose password did not match: the caller must authenticate again to sign. */
  @ExceptionHandler(WrongPasswordException.class)
  ProblemDetail wrongPassword(WrongPasswordException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
  }

  @ExceptionHandler(InsufficientStorageException.class)
  ProblemDetail storageFull(InsufficientStorageException e) {
    log.warn("Upload refused: {}", e.getMessage());
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.INSUFFICIENT_STORAGE, e.problems().getFirst().message());
  }

  @ExceptionHandler(ReportTemplateException.class)
  ProblemDetail badTemplate(ReportTemplateException e) {
    log.warn("Report not written: {}", e.getMessage());
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
  }

  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, ApiErrorFilter.unexpected(log, e));
  }
}
