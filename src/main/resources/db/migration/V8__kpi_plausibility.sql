-- Numbers you can trust (issue 13): a KPI outside its physical range keeps its value and carries the
-- reason the analysis gave for it (analyze --json "implausible": name -> reason). Null means
-- plausible, which is what every run stored before the analysis checked ranges reads as.
alter table kpi add column implausible_reason varchar(2000);
