package org.cellbook.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production start has no default password: the first administrator comes from {@code
 * cellbook.admin.*} or, when that is empty, from the one-time set-up screen. A demo start adds the
 * documented demo users.
 */
@Component
@Order(0)
class InitialUsers implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

  private final UserService users;
  private final InitialUserSettings settings;

  InitialUsers(UserService users, InitialUserSettings settings) {
    this.users = users;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    InitialUserSettings.Admin admin = settings.admin();
    if (admin.isSet()) {
      users.ensureUser(admin.username(), "Administrator", admin.password(), Role.ADMIN);
    }
    if (settings.demo()) {
      DemoUsers.create(users);
    }
    if (users.needsSetup()) {
      log.info("No users yet: open /setup in the browser to create the first administrator.");
    }
  }
}
