package org.cellbook.audit;

import org.cellbook.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the acting user ("system" for start-up and command-line work) and the
 * reason the transaction was given, if any, and has the revision sealed into the audit chain once
 * the transaction commits.
 */
public class AuditRevisionListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    AuditRevision revision = (AuditRevision) revisionEntity;
    revision.setUsername(CurrentUser.username().orElse("system"));
    revision.setReason(RevisionReason.current().orElse(null));
    AuditChain.revisionMade();
  }
}
