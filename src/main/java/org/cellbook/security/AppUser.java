package org.cellbook.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cellbook.base.AbstractEntity;

@Entity
@Table(name = "app_user")
class AppUser extends AbstractEntity {

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  private boolean enabled = true;

  protected AppUser() {}

  AppUser(String username, String fullName, String passwordHash, Role role) {
    this.username = username;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.role = role;
  }

  String getUsername() {
    return username;
  }

  String getFullName() {
    return fullName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  Role getRole() {
    return role;
  }

  boolean isEnabled() {
    return enabled;
  }
}
