package org.cellbook.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

  Optional<ApiToken> findByTokenSha256(String sha256);

  List<ApiToken> findByUserUsernameOrderByCreatedAtDesc(String username);
}
