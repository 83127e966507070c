-- When a report closes, the month counts its reports still open (DispatchService.reportClosed) instead of locking the
-- cycle's row and reading every report: one index lookup, whether the month has 30 units or 10 000.
create index ix_unit_report_open on eco_unit_report (cycle_id, status);
