package org.cellbook.api;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.cellbook.measurements.MeasurementSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Problems, never HTML or a redirect, for every answer under {@code /api/}: the error filter in
 * front of the security chain and Tomcat's error report valve (decision 0015).
 */
@Configuration
@ConditionalOnWebApplication
class ApiErrorConfiguration {

  @Bean
  FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(MeasurementSettings measurements) {
    var registration = new FilterRegistrationBean<>(new ApiErrorFilter(measurements.maxUploadMb()));
    registration.addUrlPatterns("/api/*");
    // Outside the security chain, so that its refusals and failures are caught too.
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  /**
   * Replaces the host's error report valve (Spring Boot adds one without server details) by one
   * that answers API paths with a problem. Unordered, so it runs after Spring Boot's customizer
   * (order 0) that adds that valve.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              StandardHost host = (StandardHost) context.getParent();
              for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve) {
                  host.getPipeline().removeValve(v);
                }
              }
              host.getPipeline().addValve(new ApiErrorReportValve());
              // The host adds a valve of this class at start unless it finds one.
              host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            });
  }
}
