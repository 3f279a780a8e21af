package org.cellbook.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Identity and optimistic-lock version shared by every record. Two users editing the same record
 * see a conflict on the second save instead of silently overwriting the first.
 */
@MappedSuperclass
public abstract class AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Version private long version;

  public @Nullable Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (other == null
        || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
      return false;
    }
    return id != null && id.equals(((AbstractEntity) other).id);
  }

  @Override
  public int hashCode() {
    return org.hibernate.Hibernate.getClass(this).hashCode();
  }
}
