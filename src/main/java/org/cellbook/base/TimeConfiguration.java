package org.cellbook.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Services take time from this clock, so tests can fix it. */
@Configuration
class TimeConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
