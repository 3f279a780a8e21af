-- Tamper-evident audit trail (docs/decisions/0021-tamper-evident-audit-chain.md): every revision
-- gets a place in one chain and a SHA-256 over its changes, its who/when/reason and the hash of
-- the revision before it. Revisions are sealed just after they commit, so both stay null until
-- then; an unsealed revision is sealed at the next commit or start.
alter table revinfo add column chain_seq bigint;
alter table revinfo add column chain_hash varchar(64);
create unique index ux_revinfo_chain_seq on revinfo (chain_seq);

-- The head of the chain: the last position sealed and its hash. A sealer locks this one row, so
-- revisions are appended one process at a time and the chain cannot fork; verify compares it with
-- the last sealed revision, so cutting revisions off the end shows.
create table audit_chain (
    id integer primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain (id, last_seq, last_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Where a broken revision was changed: a fingerprint of each of its audit rows as sealed (the first
-- 16 hex digits of the SHA-256 of the row's canonical text), so verify can name the record whose
-- row differs in a revision that touched many. A locating aid only: the chain is the proof.
create table audit_row_seal (
    rev integer not null,
    table_name varchar(128) not null,
    row_key varchar(200) not null,
    fingerprint varchar(16) not null,
    primary key (rev, table_name, row_key)
);

-- Sealing and verify read a revision's rows from every audit table by revision number (H2 indexes
-- a foreign key by itself; PostgreSQL does not).
create index if not exists ix_material_aud_rev on material_aud (rev);
create index if not exists ix_batch_series_aud_rev on batch_series_aud (rev);
create index if not exists ix_synthesis_batch_aud_rev on synthesis_batch_aud (rev);
create index if not exists ix_lot_aud_rev on lot_aud (rev);
create index if not exists ix_batch_input_aud_rev on batch_input_aud (rev);
create index if not exists ix_batch_step_aud_rev on batch_step_aud (rev);
create index if not exists ix_electrode_sheet_aud_rev on electrode_sheet_aud (rev);
create index if not exists ix_disc_aud_rev on disc_aud (rev);
create index if not exists ix_cell_aud_rev on cell_aud (rev);
create index if not exists ix_measurement_aud_rev on measurement_aud (rev);
