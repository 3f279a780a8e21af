-- Indexes for walking the lineage forward from a lot (binder, additive and current-collector
-- lots into sheets); the other flows already have theirs.
create index ix_sheet_binder_lot on electrode_sheet (binder_lot_id);
create index ix_sheet_additive_lot on electrode_sheet (additive_lot_id);
create index ix_sheet_collector_lot on electrode_sheet (collector_lot_id);
create index ix_cell_created on cell (created_at);
create index ix_batch_created on synthesis_batch (created_at);
create index ix_lot_created on lot (created_at);
