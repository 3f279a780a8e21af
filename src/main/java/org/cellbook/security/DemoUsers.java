package org.cellbook.security;

/** The documented demo users (README): never created in a production start. */
public final class DemoUsers {

  private DemoUsers() {}

  public static void create(UserService users) {
    users.ensureUser("admin", "Demo Administrator", "admin", Role.ADMIN);
    users.ensureUser("researcher", "Demo Researcher", "researcher", Role.RESEARCHER);
    users.ensureUser("viewer", "Demo Viewer", "viewer", Role.VIEWER);
  }
}
