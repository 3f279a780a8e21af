-- Jobs that end (issue 12). attempts: how often the current analysis was started without ending,
-- so that one that took the server down twice is failed instead of started at every restart.
-- integrity: what the last check of the stored files against their SHA-256 found (UNCHECKED,
-- VERIFIED, MISMATCH).
alter table measurement add column attempts integer default 0 not null;
alter table measurement add column integrity varchar(16) default 'UNCHECKED' not null;
