-- The office's month overview is paged (MonthOverview): a page of one status walks this index in unit order and stops
-- after the page, so a page costs the same whether the month has 30 units or 10 000. It replaces V13's index of the
-- same name, whose (cycle_id, status) prefix still serves the count of a month's open reports. A page of every status
-- walks uq_unit_report (cycle_id, unit_id).
drop index ix_unit_report_open;
create index ix_unit_report_open on eco_unit_report (cycle_id, status, unit_id);
