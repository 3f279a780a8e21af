package org.cellbook.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who can log in to a new notebook: {@code cellbook.admin.*} and {@code cellbook.demo}.
 *
 * @param admin the first administrator of a fresh notebook
 * @param demo load the demo notebook and the documented demo users at start
 */
@ConfigurationProperties("cellbook")
record InitialUserSettings(@DefaultValue Admin admin, @DefaultValue("false") boolean demo) {

  /**
   * Created at start when both are set; otherwise the one-time set-up screen asks for one.
   *
   * @param username the administrator's user name; none when empty
   * @param password the administrator's password; none when empty
   */
  record Admin(@DefaultValue("") String username, @DefaultValue("") String password) {

    boolean isSet() {
      return !username.isBlank() && !password.isBlank();
    }
  }
}
