-- Records you can trust (issue 14): a correction, withdrawal or amendment says why. The reason is
-- part of the audited revision, so the history shows it beside who changed what and when. Null for
-- revisions that need none (creating a record, routine work) and for every revision before V9.
alter table revinfo add column reason varchar(2000);
