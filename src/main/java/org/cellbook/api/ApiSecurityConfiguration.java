package org.cellbook.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cellbook.security.ApiTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API under {@code /api/}: stateless, authenticated by personal tokens ({@code
 * Authorization: Bearer …}), no session and no CSRF token (nothing rides on a cookie). Refusals are
 * RFC 9457 problem details, like every other API error. Every answer carries {@code Cache-Control:
 * no-store}, {@code nosniff}, no referrer and a policy that lets it load nothing.
 */
@Configuration
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

  /** JSON and PDF answers load nothing and are framed by no one. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain apiFilterChain(
      HttpSecurity http,
      ApiTokens tokens,
      ObjectProvider<SecurityContextHolderStrategy> contextStrategy)
      throws Exception {
    return http.securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(
            new BearerTokenFilter(
                tokens,
                contextStrategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
            UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            ProblemResponses.write(
                                response,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "Send a personal API token: Authorization: Bearer <token>"
                                    + " (create one under API tokens in the app)",
                                request.getRequestURI()))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            ProblemResponses.write(
                                response,
                                HttpServletResponse.SC_FORBIDDEN,
                                "Your role may read but not change records",
                                request.getRequestURI())))
        .build();
  }

  /** Puts the token owner's authentication in the context; an invalid token is refused. */
  static final class BearerTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy contextStrategy;

    /**
     * @param contextStrategy the one the chain's other filters use (Vaadin defines its own)
     */
    BearerTokenFilter(ApiTokens tokens, SecurityContextHolderStrategy contextStrategy) {
      this.tokens = tokens;
      this.contextStrategy = contextStrategy;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        var auth = tokens.authenticate(header.substring(7).strip());
        if (auth.isEmpty()) {
          ProblemResponses.write(
              response,
              HttpServletResponse.SC_UNAUTHORIZED,
              "This API token is unknown or revoked: create a new one under API tokens",
              request.getRequestURI());
          return;
        }
        // A fresh context for this request; the chain's SecurityContextHolderFilter clears it
        // afterwards. Mutating the current context object would leak into whoever shares it.
        var context = contextStrategy.createEmptyContext();
        context.setAuthentication(auth.get());
        contextStrategy.setContext(context);
      }
      chain.doFilter(request, response);
    }
  }
}
