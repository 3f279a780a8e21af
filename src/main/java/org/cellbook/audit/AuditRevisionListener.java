package org.cellbook.audit;

import org.cellbook.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user ("system" for start-up and command-line work). */
public class AuditRevisionListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    ((AuditRevision) revisionEntity).setUsername(CurrentUser.username().orElse("system"));
  }
}
