package org.cellbook.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cellbook.signatures.Signers.AUTHOR;
import static org.cellbook.signatures.Signers.password;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.audit.IntegrityCheck;
import org.cellbook.base.RecordType;
import org.cellbook.cells.Cell;
import org.cellbook.security.LoginThrottle;
import org.cellbook.security.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With {@code cellbook.signatures.tsa-url} set, a signature gets an RFC 3161 token from the
 * authority (here one in the test); verify checks it offline; a failing authority costs the token,
 * never the signature. The signing service is built here around an authority client for the test's
 * authority: a second application context in this JVM would replace the security-context strategy
 * Vaadin installs globally for the other tests (see RealServerTest).
 */
@SpringBootTest
@WithMockUser(username = AUTHOR, roles = "RESEARCHER")
class TimestampedSignatureTest {

  static final InProcessTsa TSA = start();

  private static InProcessTsa start() {
    try {
      return new InProcessTsa();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stop() {
    TSA.close();
  }

  @Autowired SignatureRepository repository;
  @Autowired CanonicalContent content;
  @Autowired SignatureCheck check;
  @Autowired UserService users;
  @Autowired LoginThrottle throttle;
  @Autowired Clock clock;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  TimestampAuthority authority;
  SignatureService signatures;

  @BeforeEach
  void setUp() {
    Signers.ensure(users);
    TSA.failing.set(false);
    authority =
        new TimestampAuthority(new SignatureSettings(TSA.url(), Duration.ofSeconds(10), List.of()));
    signatures =
        new SignatureService(repository, content, authority, users, throttle, clock, transactions);
  }

  private String problemsOf(String code) {
    return check.check().problems().stream()
        .filter(p -> p.code().equals(code))
        .map(IntegrityCheck.Problem::what)
        .toList()
        .toString();
  }

  @Test
  void aSignatureCarriesATokenOverItsHashThatVerifyChecks() {
    Cell cell = fixtures.halfCell();

    Signature s =
        signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR));

    assertThat(s.getTsaTime()).isNotNull();
    assertThat(authority.problem(s.tsaToken(), s.getContentSha256())).isEmpty();
    assertThat(problemsOf(cell.getCode())).isEqualTo("[]");

    byte[] otherToken = authority.stamp("00".repeat(32)).orElseThrow().der();
    jdbc.sql("update signature set tsa_token = :token where id = :id")
        .param("token", otherToken)
        .param("id", s.getId())
        .update();

    assertThat(problemsOf(cell.getCode())).contains("timestamp token is over other content");
  }

  /**
   * With trusted authorities configured, verify accepts a token from the authority or from one its
   * root CA issued, and names a token from any other: one forged with a certificate of one's own.
   */
  @Test
  void aTokenFromAnAuthorityNotTrustedIsNamed(@TempDir Path dir) throws Exception {
    Cell cell = fixtures.halfCell();
    Signature s =
        signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR));
    Path authorityPem = Files.writeString(dir.resolve("tsa.pem"), TSA.pem);
    Path rootPem = Files.writeString(dir.resolve("root.pem"), TSA.rootPem);
    try (InProcessTsa forger = new InProcessTsa()) {
      Path otherRootPem = Files.writeString(dir.resolve("other-root.pem"), forger.rootPem);

      assertThat(trusting(authorityPem).problem(s.tsaToken(), s.getContentSha256())).isEmpty();
      assertThat(trusting(rootPem).problem(s.tsaToken(), s.getContentSha256())).isEmpty();
      assertThat(trusting(otherRootPem).problem(s.tsaToken(), s.getContentSha256()))
          .hasValueSatisfying(
              p ->
                  assertThat(p)
                      .contains("issued by CN=Cellbook test TSA")
                      .contains("not a trusted authority"));
    }
    Path empty = Files.writeString(dir.resolve("empty.pem"), "");
    assertThatThrownBy(() -> trusting(empty))
        .hasMessageContaining("tsa-trusted: " + empty + " holds no certificate");
  }

  private static TimestampAuthority trusting(Path pem) {
    return new TimestampAuthority(new SignatureSettings(null, Duration.ofSeconds(1), List.of(pem)));
  }

  @Test
  void aFailingAuthorityLeavesTheSignatureWithoutAToken() {
    Cell cell = fixtures.halfCell();
    TSA.failing.set(true);

    Signature s =
        signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR));

    assertThat(s.getId()).isNotNull();
    assertThat(s.getTsaTime()).isNull();
    assertThat(signatures.active(RecordType.CELL, cell.getCode())).hasSize(1);
    assertThat(signatures.timestampsConfigured()).isTrue();
  }
}
