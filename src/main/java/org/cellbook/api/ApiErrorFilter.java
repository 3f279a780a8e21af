package org.cellbook.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * The API's last line: outside the security chain, it turns every error that a layer below the
 * controllers reports with {@code sendError} — no endpoint for the path, a method or content type
 * the endpoint does not take, an oversized or unreadable upload, a URL the firewall rejects — and
 * every exception that escapes, into a problem. Without it the servlet container would forward to
 * {@code /error}, which the log-in chain answers with a redirect or an HTML page.
 */
final class ApiErrorFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

  private final long maxUploadMegabytes;

  ApiErrorFilter(long maxUploadMegabytes) {
    this.maxUploadMegabytes = maxUploadMegabytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, new ProblemOnSendError(request, response));
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      Throwable unreadable = NestedExceptionUtils.getMostSpecificCause(e);
      if (findMultipartFailure(e)) {
        ProblemResponses.write(
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "The upload could not be read as multipart/form-data: " + unreadable.getMessage(),
            request.getRequestURI());
        return;
      }
      ProblemResponses.write(
          response,
          HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
          unexpected(log, e),
          request.getRequestURI());
    }
  }

  /** Logs an unexpected error under a short reference and returns the sentence that names it. */
  static String unexpected(Logger log, Throwable e) {
    String ref = UUID.randomUUID().toString().substring(0, 8);
    log.error("API error (reference {})", ref, e);
    return "Unexpected error (reference " + ref + " in the server log)";
  }

  private static boolean findMultipartFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MultipartException) {
        return true;
      }
    }
    return false;
  }

  /** What the API says for an error that arrives as a bare status. */
  private String detail(HttpServletRequest request, int status, @Nullable String message) {
    return switch (status) {
      // Spring's own words here ("No static resource …") would mislead a script's author.
      case HttpServletResponse.SC_NOT_FOUND ->
          "No API endpoint answers "
              + request.getMethod()
              + " "
              + request.getRequestURI()
              + "; the endpoints are listed at /v3/api-docs";
      case 413 ->
          "The upload is larger than this notebook accepts: at most "
              + maxUploadMegabytes
              + " MB per file (cellbook.measurements.max-upload-mb)";
      default -> message == null || message.isBlank() ? null : message;
    };
  }

  /** Writes a problem instead of letting the container render its error page. */
  private final class ProblemOnSendError extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    ProblemOnSendError(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (isCommitted()) {
        super.sendError(status, message);
        return;
      }
      resetBuffer();
      ProblemResponses.write(
          (HttpServletResponse) getResponse(),
          status,
          detail(request, status, message),
          request.getRequestURI());
    }
  }
}
