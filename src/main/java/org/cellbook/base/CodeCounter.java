package org.cellbook.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "code_counter")
class CodeCounter {

  @Id private String prefix;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected CodeCounter() {}

  CodeCounter(String prefix) {
    this.prefix = prefix;
  }

  int next() {
    return ++lastValue;
  }
}
