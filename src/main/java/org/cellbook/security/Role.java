package org.cellbook.security;

/** What a user may do. Viewers read; researchers and admins record; admins manage users. */
public enum Role {
  ADMIN,
  RESEARCHER,
  VIEWER;

  /** Spring Security authority name, e.g. ROLE_ADMIN. */
  public String authority() {
    return "ROLE_" + name();
  }
}
