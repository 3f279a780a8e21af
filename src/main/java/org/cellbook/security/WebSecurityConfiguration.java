package org.cellbook.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Log-in for the web app; absent when a command-line tool opens the notebook. */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class WebSecurityConfiguration {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
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
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login"))
        .build();
  }
}
