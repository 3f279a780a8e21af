-- Records you can trust (issue 14): nothing is deleted through the UI or the API; a wrong record is
-- withdrawn instead. It keeps its place in the lineage, marked, and leaves the lists; who withdrew
-- it, when (UTC) and why are kept on the record and in its audited history. Null while it stands.

alter table material add column withdrawn_at timestamp;
alter table material add column withdrawn_by varchar(64);
alter table material add column withdrawal_reason varchar(2000);
alter table material_aud add column withdrawn_at timestamp;
alter table material_aud add column withdrawn_by varchar(64);
alter table material_aud add column withdrawal_reason varchar(2000);

alter table lot add column withdrawn_at timestamp;
alter table lot add column withdrawn_by varchar(64);
alter table lot add column withdrawal_reason varchar(2000);
alter table lot_aud add column withdrawn_at timestamp;
alter table lot_aud add column withdrawn_by varchar(64);
alter table lot_aud add column withdrawal_reason varchar(2000);

alter table batch_series add column withdrawn_at timestamp;
alter table batch_series add column withdrawn_by varchar(64);
alter table batch_series add column withdrawal_reason varchar(2000);
alter table batch_series_aud add column withdrawn_at timestamp;
alter table batch_series_aud add column withdrawn_by varchar(64);
alter table batch_series_aud add column withdrawal_reason varchar(2000);

alter table synthesis_batch add column withdrawn_at timestamp;
alter table synthesis_batch add column withdrawn_by varchar(64);
alter table synthesis_batch add column withdrawal_reason varchar(2000);
alter table synthesis_batch_aud add column withdrawn_at timestamp;
alter table synthesis_batch_aud add column withdrawn_by varchar(64);
alter table synthesis_batch_aud add column withdrawal_reason varchar(2000);

alter table electrode_sheet add column withdrawn_at timestamp;
alter table electrode_sheet add column withdrawn_by varchar(64);
alter table electrode_sheet add column withdrawal_reason varchar(2000);
alter table electrode_sheet_aud add column withdrawn_at timestamp;
alter table electrode_sheet_aud add column withdrawn_by varchar(64);
alter table electrode_sheet_aud add column withdrawal_reason varchar(2000);

alter table disc add column withdrawn_at timestamp;
alter table disc add column withdrawn_by varchar(64);
alter table disc add column withdrawal_reason varchar(2000);
alter table disc_aud add column withdrawn_at timestamp;
alter table disc_aud add column withdrawn_by varchar(64);
alter table disc_aud add column withdrawal_reason varchar(2000);

alter table cell add column withdrawn_at timestamp;
alter table cell add column withdrawn_by varchar(64);
alter table cell add column withdrawal_reason varchar(2000);
alter table cell_aud add column withdrawn_at timestamp;
alter table cell_aud add column withdrawn_by varchar(64);
alter table cell_aud add column withdrawal_reason varchar(2000);

alter table measurement add column withdrawn_at timestamp;
alter table measurement add column withdrawn_by varchar(64);
alter table measurement add column withdrawal_reason varchar(2000);
alter table measurement_aud add column withdrawn_at timestamp;
alter table measurement_aud add column withdrawn_by varchar(64);
alter table measurement_aud add column withdrawal_reason varchar(2000);
