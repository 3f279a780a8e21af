package org.cellbook.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Log-in for the web app and the headers of its pages; absent when a command-line tool opens the
 * notebook. Decision 0015 explains the policy and what Vaadin needs of it.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class WebSecurityConfiguration {

  /**
   * What Vaadin Flow needs and no more: its bootstrap page starts the client engine with an inline
   * script and the engine builds functions from what the server sends ({@code 'unsafe-inline'
   * 'unsafe-eval'}); components set inline styles; images and fonts may be data or blob URLs (chart
   * exports). Everything is loaded from the app itself; nothing may frame it but itself.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'self'";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests)
      throws Exception {
    // Vaadin denies every request no rule allows: static styles and webjars need their own rule.
    http.authorizeHttpRequests(
        auth ->
            auth.requestMatchers(
                    "/styles/**",
                    "/images/**",
                    "/webjars/**",
                    "/v3/api-docs/**",
                    "/swagger-ui/**",
                    "/swagger-ui.html")
                .permitAll());
    http.headers(
        h ->
            h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.sameOrigin())
                .withObjectPostProcessor(
                    new ObjectPostProcessor<HeaderWriterFilter>() {
                      @Override
                      public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // Pages are forwarded to Vaadin's servlet, whose response is completed
                        // past Spring's wrapper: headers written on commit would never be sent.
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                      }
                    }));
    // Vaadin's own configuration exempts the log-in form from the CSRF check; keep the check
    // there. Vaadin's LoginForm sends the token from the page's _csrf meta tags. Only Vaadin's
    // internal requests, which carry Vaadin's own token, are exempt.
    http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
    http.exceptionHandling(e -> e.accessDeniedHandler(expiredFormToLogin()));
    http.with(
        VaadinSecurityConfigurer.vaadin(),
        vaadin ->
            vaadin
                .loginView("/login")
                .enableCsrfConfiguration(false)
                // An address that is no page reaches Vaadin's not-found view for a logged-in
                // user instead of a bare 403 (the API has its own chain; nothing else is mapped).
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
    // After Vaadin's configurer, so that its log-in view is known when the form log-in starts;
    // before, Spring's generated log-in page would answer /login.
    http.formLogin(f -> f.failureHandler(lockoutsToTheirMessage()));
    return http.build();
  }

  /** A refusal because of a lockout says so on the log-in page; any other says "wrong". */
  private static AuthenticationFailureHandler lockoutsToTheirMessage() {
    var handler = new ExceptionMappingAuthenticationFailureHandler();
    handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
    handler.setDefaultFailureUrl("/login?error");
    return handler;
  }

  /**
   * A log-in form whose CSRF token no longer matches (its session expired while it was open) is
   * sent back to the log-in page with a message, not to a 403 page.
   */
  private static AccessDeniedHandler expiredFormToLogin() {
    LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers =
        new LinkedHashMap<>();
    handlers.put(
        CsrfException.class,
        (request, response, e) ->
            response.sendRedirect(request.getContextPath() + "/login?expired"));
    return new DelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
  }

  /**
   * A request the firewall refuses (an encoded slash, a NUL, a path parameter) gets a 400 that says
   * why; under {@code /api/} the API's error filter turns it into a problem.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, e) -> response.sendError(400, e.getMessage());
  }
}
