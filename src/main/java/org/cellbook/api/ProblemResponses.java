package org.cellbook.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written straight to a servlet response, for the layers that answer
 * before or around Spring MVC (the token filter, the error filter, Tomcat's error report valve).
 * The controllers' problems come from {@link ApiProblems} in the same shape.
 */
final class ProblemResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  /** True for a request URI under {@code /api/}, encoded or not. */
  static boolean isApi(@Nullable String requestUri) {
    return requestUri != null && (requestUri.equals("/api") || requestUri.startsWith("/api/"));
  }

  static void write(
      HttpServletResponse response, int status, String detail, @Nullable String instance)
      throws IOException {
    HttpStatus known = HttpStatus.resolve(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", known == null ? "Error" : known.getReasonPhrase());
    body.put("status", status);
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    response.setStatus(status);
    // Also written where no security chain ran (a request its firewall rejected).
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    // JSON is UTF-8 by definition (RFC 8259): the bytes are written as such, no charset named.
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }
}
