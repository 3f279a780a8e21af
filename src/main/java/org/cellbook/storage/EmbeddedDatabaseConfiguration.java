package org.cellbook.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: the embedded notebook in {@code cellbook.data-dir}. Setting {@code
 * spring.datasource.url} (PostgreSQL for a multi-user lab) replaces it with Spring Boot's own.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

  @Bean
  DataSource dataSource(StorageSettings storage) throws IOException, SQLException {
    EmbeddedDatabase.Prepared prepared = EmbeddedDatabase.prepare(storage.folder());
    try (Connection anchor = prepared.anchor()) {
      EmbeddedDatabase db = prepared.database();
      HikariDataSource pool = new HikariDataSource();
      pool.setPoolName("cellbook");
      pool.setJdbcUrl(db.url());
      pool.setUsername(db.user());
      pool.setPassword(db.password());
      pool.getConnection().close(); // takes over from the anchor: the database stays open
      return pool;
    }
  }

  static final class NoDataSourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }
}
