package org.cellbook.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done by the notebook itself (demo loading at start, command-line tools) acts as "system"
 * with administrator rights; the audit trail names it so.
 */
public final class SystemUser {

  public static final String NAME = "system";

  private SystemUser() {}

  public static <T> T call(Supplier<T> work) {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                NAME, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }
}
