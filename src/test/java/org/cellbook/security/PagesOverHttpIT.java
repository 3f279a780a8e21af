package org.cellbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cellbook.RealServerTest;
import org.junit.jupiter.api.Test;

/** The headers and the session cookie of the app's pages, as Tomcat sends them. */
class PagesOverHttpIT extends RealServerTest {

  @Test
  void logInPageCarriesThePolicyAndALaxCookie() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/login")).build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<meta name=\"_csrf\"");
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValue(WebSecurityConfiguration.CONTENT_SECURITY_POLICY);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(r.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
  }

  @Test
  void cookieIsSecureBehindAProxyThatEndsHttps() throws Exception {
    HttpResponse<String> r =
        send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").build());
    assertThat(r.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("Secure")
        .contains("SameSite=Lax");
  }

  @Test
  void privatePagesRedirectToLogInWithoutBeingCached() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/cells")).build());
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    assertThat(r.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
  }
}
