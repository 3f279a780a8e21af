package org.cellbook.synthesis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cellbook.base.Label;
import org.cellbook.base.WithdrawableEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** Batches made together from one route, one per value of a parameter (ACGC750…1200). */
@Entity
@Table(name = "batch_series")
@Audited
public class BatchSeries extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Name")
  @Column(nullable = false)
  private String name;

  @Label("Route template")
  @Column(name = "route_code", nullable = false)
  private String routeCode;

  @Label("Series parameter")
  @Column(name = "parameter_name", nullable = false)
  private String parameterName;

  @Label("Notes")
  private @Nullable String notes;

  protected BatchSeries() {}

  BatchSeries(String code, String name, String routeCode, String parameterName) {
    this.code = code;
    this.name = name;
    this.routeCode = routeCode;
    this.parameterName = parameterName;
  }

  @Override
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getRouteCode() {
    return routeCode;
  }

  public String getParameterName() {
    return parameterName;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  void setName(String name) {
    this.name = name;
  }

  void setNotes(@Nullable String notes) {
    this.notes = notes;
  }

  @Override
  public String toString() {
    return name;
  }
}
