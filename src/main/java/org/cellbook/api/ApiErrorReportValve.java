package org.cellbook.api;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page for requests it refuses before the application sees them — an encoded slash
 * ({@code %2F}) or a NUL ({@code %00}) in the path, an unparsable URI — is HTML; under {@code
 * /api/} this valve writes a problem instead. Other paths keep Tomcat's page, without server
 * details.
 */
final class ApiErrorReportValve extends ErrorReportValve {

  ApiErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    if (!ProblemResponses.isApi(request.getRequestURI())) {
      super.report(request, response, throwable);
      return;
    }
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      response.resetBuffer(true);
      String message = response.getMessage();
      ProblemResponses.write(
          response.getResponse(),
          status,
          message == null || message.isBlank()
              ? "The server refused this request before reading it"
              : message,
          null);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // The client went away, or the response was already on its way: nothing left to say.
    }
  }
}
