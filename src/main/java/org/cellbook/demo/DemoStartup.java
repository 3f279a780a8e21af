package org.cellbook.demo;

import org.cellbook.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With {@code cellbook.demo=true}, the demo notebook is there when the app opens. */
@Component
@Order(1)
@ConditionalOnProperty(name = "cellbook.demo", havingValue = "true")
class DemoStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

  private final DemoNotebook demo;

  DemoStartup(DemoNotebook demo) {
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (SystemUser.call(demo::load)) {
      log.info(
          "Demo notebook loaded. Demo users: admin/admin, researcher/researcher, viewer/viewer.");
    }
  }
}
