package org.cellbook.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
  private final String adminUsername;
  private final String adminPassword;
  private final boolean demo;

  InitialUsers(
      UserService users,
      @Value("${cellbook.admin.username:}") String adminUsername,
      @Value("${cellbook.admin.password:}") String adminPassword,
      @Value("${cellbook.demo:false}") boolean demo) {
    this.users = users;
    this.adminUsername = adminUsername;
    this.adminPassword = adminPassword;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!adminUsername.isBlank() && !adminPassword.isBlank()) {
      users.ensureUser(adminUsername, "Administrator", adminPassword, Role.ADMIN);
    }
    if (demo) {
      DemoUsers.create(users);
    }
    if (users.needsSetup()) {
      log.info("No users yet: open /setup in the browser to create the first administrator.");
    }
  }
}
